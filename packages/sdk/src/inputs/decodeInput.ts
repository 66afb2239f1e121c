import * as Result from "effect/Result";
import type * as z from "zod";
import { type DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import { decodeCostShareRequest } from "@unsms/cost-sharing/schema";
import { inputSchemas, type InputName } from "./inputSchemas";
import { isInputName, unknownInputName } from "./unknownInputName";

/**
 * The boundary decoder for any named input: `unknown` (parsed JSON, a request body) in,
 * the typed value out, or a {@link DecodeError} listing every problem with its path, what
 * was expected and what was received. Never throws: a name that is not an input's
 * (`"__proto__"` from a JS caller) is a `DecodeError` too. Each input is decoded by its zod
 * schema, except `"cost-share"`, whose participants go through the faster
 * `decodeCostShareRequest` of `@unsms/cost-sharing/schema` (same answer, same problems: a
 * property test there holds it to the schema).
 *
 * @example
 * ```ts
 * import { decodeInput } from "@unsms/sdk/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decodeInput("risk-register", { threats: "none" })
 * if (Result.isFailure(result)) console.log(result.failure.issues.map((issue) => issue.path))
 * ```
 *
 * @category inputs
 * @since 0.1.0
 */
export const decodeInput = <N extends InputName>(
  name: N,
  input: unknown,
): Result.Result<z.output<(typeof inputSchemas)[N]>, DecodeError> =>
  isInputName(name)
    ? // The schema of `name` decodes to that schema's output; TypeScript cannot follow the
      // indexed access through the generic, so the result is narrowed here, once.
      ((name === "cost-share" ? decodeCostShareRequest(input) : decode(inputSchemas[name], input)) as Result.Result<
        z.output<(typeof inputSchemas)[N]>,
        DecodeError
      >)
    : Result.fail(unknownInputName(name));
