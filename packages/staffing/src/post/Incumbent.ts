import { PersonIdSchema } from "@unsms/core/schema";
import * as z from "zod";

/**
 * Schema of the person holding a post. Every field is optional: a staffing table may know
 * only that the post is filled. `gender` and `nationality` (a country code or name, as the
 * agency records it) feed the diversity figures (¶42–43).
 *
 * @example
 * ```ts
 * import { IncumbentSchema } from "@unsms/staffing"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(IncumbentSchema, { gender: "woman", nationality: "KE" }))) // true
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const IncumbentSchema = z.strictObject({
  person: PersonIdSchema.optional(),
  gender: z.enum(["woman", "man"]).optional(),
  nationality: z.string().min(1).max(64).optional(),
});

/**
 * The person holding a post (see {@link IncumbentSchema}).
 *
 * @example
 * ```ts
 * import type { Incumbent } from "@unsms/staffing"
 *
 * const incumbent: Incumbent = { gender: "woman", nationality: "CL" }
 * console.log(incumbent.gender)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export interface Incumbent {
  /** The staff member's id, when the table records it. */
  readonly person?: z.infer<typeof PersonIdSchema> | undefined;
  /** The incumbent's gender, when recorded. */
  readonly gender?: "woman" | "man" | undefined;
  /** The incumbent's nationality (country code or name), when recorded. */
  readonly nationality?: string | undefined;
}
