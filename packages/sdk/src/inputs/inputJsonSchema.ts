import { toJsonSchema } from "@unsms/core/schema";
import { inputSchemas, type InputName } from "./inputSchemas";

/**
 * The JSON Schema (draft 2020-12) of a named input, the contract systems in other
 * languages validate their payloads against before they call unsms (the same document
 * `unsms schema NAME` prints).
 *
 * @example
 * ```ts
 * import { inputJsonSchema } from "@unsms/sdk/schema"
 *
 * const schema = inputJsonSchema("accountability-check")
 * console.log(schema["type"]) // "object"
 * ```
 *
 * @category inputs
 * @since 0.1.0
 */
export const inputJsonSchema = (name: InputName): Record<string, unknown> => toJsonSchema(inputSchemas[name]);
