import * as Result from "effect/Result";
import type { DecodeError } from "@unsms/core";
import { toJsonSchema } from "@unsms/core/schema";
import { inputSchemas, type InputName } from "./inputSchemas";
import { isInputName, unknownInputName } from "./unknownInputName";

/**
 * The JSON Schema (draft 2020-12) of a named input, the contract systems in other
 * languages validate their payloads against before they call unsms (the same document
 * `unsms schema NAME` prints). A name that is not an input's (`"__proto__"` from a JS
 * caller) is a `DecodeError`, never a throw (since 0.2.0; it returned the schema bare).
 *
 * @example
 * ```ts
 * import { inputJsonSchema } from "@unsms/sdk/schema"
 * import * as Result from "effect/Result"
 *
 * const schema = Result.getOrThrow(inputJsonSchema("accountability-check"))
 * console.log(schema["type"]) // "object"
 * console.log(Result.isFailure(inputJsonSchema("__proto__" as never))) // true
 * ```
 *
 * @category inputs
 * @since 0.1.0
 */
export const inputJsonSchema = (name: InputName): Result.Result<Record<string, unknown>, DecodeError> =>
  isInputName(name) ? Result.succeed(toJsonSchema(inputSchemas[name])) : Result.fail(unknownInputName(name));
