import type * as z from "zod";
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

/**
 * The id of a person (staff member, appointee, pass holder), branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link PersonIdSchema}.
 *
 * @example
 * ```ts
 * import { type PersonId } from "@unsms/core"
 * import { decode, PersonIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: PersonId = Result.getOrThrow(decode(PersonIdSchema, "staff-20431"))
 * console.log(id) // "staff-20431"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type PersonId = z.infer<typeof PersonIdSchema>;
