import * as z from "zod";
import { presenceCategories } from "../record/presenceCategories";

/**
 * Schema of an evacuation or relocation policy in JSON: its `name`, the `basis` it rests
 * on (a source with its year, or "our assumption"), and the priority `groups` in order,
 * each naming the categories it takes (a category in at most one group).
 *
 * @example
 * ```ts
 * import { EvacuationPolicySchema } from "@unsms/presence/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const policy = { name: "all at once", basis: "our assumption", groups: [{ name: "everyone", categories: ["staff", "dependant"] }] }
 * console.log(Result.isSuccess(decode(EvacuationPolicySchema, policy))) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const EvacuationPolicySchema = z.strictObject({
  name: z.string().min(1).max(200),
  basis: z.string().max(1000),
  groups: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(200),
        categories: z.array(z.enum(presenceCategories)).max(presenceCategories.length),
      }),
    )
    .min(1)
    .max(100),
});
