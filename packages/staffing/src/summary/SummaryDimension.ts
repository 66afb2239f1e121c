/**
 * What a summary rolls posts up by (one of {@link summaryDimensions}; checked at the boundary by `SummaryDimensionSchema` of `@unsms/staffing/schema`).
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
export type SummaryDimension = (typeof summaryDimensions)[number];

/**
 * Every dimension a summary rolls posts up by, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * import { summaryDimensions } from "@unsms/staffing"
 *
 * console.log(summaryDimensions.includes("grade")) // true
 * ```
 *
 * @category summaries
 * @since 0.2.0
 */
export const summaryDimensions = ["unit", "grade", "category", "funding", "station", "status"] as const;
