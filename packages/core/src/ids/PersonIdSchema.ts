import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of a person (staff member, appointee, pass holder): a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, PersonIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PersonIdSchema, "staff-20431"))
 * console.log(id) // "staff-20431"
 * console.log(Result.isFailure(decode(PersonIdSchema, ""))) // true
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const PersonIdSchema = makeIdSchema<"PersonId">();
