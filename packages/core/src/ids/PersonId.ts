import type * as z from "zod";
import type { PersonIdSchema } from "./PersonIdSchema";

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
