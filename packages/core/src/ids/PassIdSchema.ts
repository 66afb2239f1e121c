import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of a grounds pass: a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PassIdSchema, "NY-2006-000123"))
 * console.log(id) // "NY-2006-000123"
 * console.log(Result.isFailure(decode(PassIdSchema, " NY-2006-000123"))) // true
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const PassIdSchema = makeIdSchema<"PassId">();
