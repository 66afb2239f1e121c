/**
 * A grade of the United Nations salary scale as the report uses them (one of {@link grades}; checked at the boundary by `GradeSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { Grade } from "@unsms/staffing"
 *
 * const deputy: Grade = "D-2" // ¶12: proposed for reclassification to ASG
 * console.log(deputy)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export type Grade = (typeof grades)[number];

/**
 * Every grade, highest first, in the order of Annex II. Summaries by grade list their rows
 * in this order.
 *
 * @example
 * ```ts
 * import { grades } from "@unsms/staffing"
 *
 * console.log(grades.indexOf("ASG") < grades.indexOf("D-2")) // true
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const grades = ["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS(PL)", "GS(OL)", "LL", "SS"] as const;
