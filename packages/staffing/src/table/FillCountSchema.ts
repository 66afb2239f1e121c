import * as z from "zod";
import { UnitIdSchema, CitationSchema } from "@unsms/core/schema";
import { FundingSourceSchema } from "../post/FundingSourceSchema";

/**
 * Schema of an incumbency count: of all the posts of `unit` and of the units under it
 * (only those with `funding`, when given), `filled` are filled. This is how the report
 * gives incumbency ("43 posts, 28 filled", ¶17). Counts may nest (a unit's and its
 * division's) but must not partly overlap.
 *
 * @example
 * ```ts
 * import { FillCountSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const dro = decode(FillCountSchema, { unit: "DRO", funding: "regular-budget", filled: 28 })
 * console.log(Result.isSuccess(dro)) // true
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export const FillCountSchema = z.strictObject({
  unit: UnitIdSchema,
  funding: FundingSourceSchema.optional(),
  filled: z.number().int().min(0).max(10_000_000),
  citation: CitationSchema.optional(),
});
