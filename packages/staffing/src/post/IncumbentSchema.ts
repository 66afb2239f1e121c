import * as z from "zod";
import { PersonIdSchema } from "@unsms/core/schema";

/**
 * Schema of the person holding a post. Every field is optional: a staffing table may know
 * only that the post is filled. `gender` and `nationality` (a country code or name, as the
 * agency records it) feed the diversity figures (¶42–43).
 *
 * @example
 * ```ts
 * import { IncumbentSchema } from "@unsms/staffing/schema"
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
