import { type Citation, type UnitId } from "@unsms/core";
import { UnitIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";
import { FundingSourceSchema, type FundingSource } from "../post/FundingSource";

/**
 * Schema of an incumbency count: of all the posts of `unit` and of the units under it
 * (only those with `funding`, when given), `filled` are filled. This is how the report
 * gives incumbency ("43 posts, 28 filled", ¶17). Counts may nest (a unit's and its
 * division's) but must not partly overlap.
 *
 * @example
 * ```ts
 * import { FillCountSchema } from "@unsms/staffing"
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

/**
 * An incumbency count for a unit (see {@link FillCountSchema}).
 *
 * @example
 * ```ts
 * import type { FillCount } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 *
 * const executiveOffice: FillCount = { unit: "EO" as UnitId, filled: 14 } // ¶40
 * console.log(executiveOffice.filled)
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export interface FillCount {
  /** The unit; the count covers its posts and those of every unit under it. */
  readonly unit: UnitId;
  /** Only the posts with this funding, when given. */
  readonly funding?: FundingSource | undefined;
  /** How many of those posts are filled. */
  readonly filled: number;
  /** Where the figure comes from. */
  readonly citation?: Citation | undefined;
}
