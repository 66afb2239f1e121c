import * as z from "zod";

/**
 * Schema of a {@link @unsms/reference-data!index.ReportDate | ReportDate}: a year, and a month 1–12 when the report names one.
 *
 * @example
 * ```ts
 * import { ReportDateSchema } from "@unsms/reference-data/schema"
 *
 * console.log(ReportDateSchema.safeParse({ year: 2006, month: 13 }).success) // false
 * ```
 *
 * @category dates
 * @since 0.2.0
 */
export const ReportDateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
});
