import * as z from "zod";
import { grades } from "./Grade";

/**
 * Schema of a grade, in the order of the report's organization chart (Annex II): USG, ASG,
 * D-2, D-1, P-5, P-4, P-3, P-2 (the chart's "P-2/1"), GS(PL) (General Service, principal
 * level), GS(OL) (General Service, other levels), LL (local level), SS (Security Service).
 *
 * @example
 * ```ts
 * import { GradeSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(GradeSchema, "D-2"))) // "D-2"
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const GradeSchema = z.enum(grades);
