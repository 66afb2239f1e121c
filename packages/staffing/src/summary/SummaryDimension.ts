import * as z from "zod";

/**
 * Schema of what a summary rolls posts up by: `unit` (each unit with the units under it),
 * `grade`, `category`, `funding`, `station` (duty station) or `status`.
 *
 * @example
 * ```ts
 * import { SummaryDimensionSchema } from "@unsms/staffing"
 *
 * console.log(SummaryDimensionSchema.options.join("|")) // "unit|grade|category|funding|station|status"
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export const SummaryDimensionSchema = z.enum(["unit", "grade", "category", "funding", "station", "status"]);

/**
 * What a summary rolls posts up by (see {@link SummaryDimensionSchema}).
 *
 * @example
 * ```ts
 * import type { SummaryDimension } from "@unsms/staffing"
 *
 * const by: SummaryDimension = "grade"
 * console.log(by)
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export type SummaryDimension = z.infer<typeof SummaryDimensionSchema>;
