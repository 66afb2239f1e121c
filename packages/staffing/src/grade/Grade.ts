import * as z from "zod";

/**
 * Schema of a grade, in the order of the report's organization chart (Annex II): USG, ASG,
 * D-2, D-1, P-5, P-4, P-3, P-2 (the chart's "P-2/1"), GS(PL) (General Service, principal
 * level), GS(OL) (General Service, other levels), LL (local level), SS (Security Service).
 *
 * @example
 * ```ts
 * import { GradeSchema } from "@unsms/staffing"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(GradeSchema, "D-2"))) // "D-2"
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const GradeSchema = z.enum(["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS(PL)", "GS(OL)", "LL", "SS"]);

/**
 * A grade of the United Nations salary scale as the report uses them (see {@link GradeSchema}).
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
export type Grade = z.infer<typeof GradeSchema>;

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
export const grades: ReadonlyArray<Grade> = ["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS(PL)", "GS(OL)", "LL", "SS"];
