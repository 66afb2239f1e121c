import * as z from "zod";
import { CitationSchema, CurrencyCodeSchema, DecimalAmountSchema } from "@unsms/core/schema";
import { GradeSchema } from "../grade/GradeSchema";

/**
 * Schema of a cost table for reclassifications: for each change of grade, the amounts by
 * budget section, each an `expenditure` or an `income` (decimal strings in major units of
 * the table's currency). The report's D-2 → ASG (¶12, ¶56(a)): US$ 33 400 under section 33
 * and US$ 6 800 under section 35, offset by US$ 6 800 under income section 1.
 *
 * @example
 * ```ts
 * import { ReclassificationCostTableSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const costs = decode(ReclassificationCostTableSchema, {
 *   currency: "USD",
 *   entries: [{ from: "D-2", to: "ASG", lines: [
 *     { section: "33", title: "Safety and security", kind: "expenditure", amount: "33400.00" },
 *     { section: "35", title: "Staff assessment", kind: "expenditure", amount: "6800.00" },
 *     { section: "IS1", title: "Income from staff assessment", kind: "income", amount: "6800.00" },
 *   ] }],
 * })
 * console.log(Result.isSuccess(costs)) // true
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export const ReclassificationCostTableSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  entries: z.array(
    z.strictObject({
      from: GradeSchema,
      to: GradeSchema,
      lines: z.array(
        z.strictObject({
          section: z.string().min(1),
          title: z.string().min(1),
          kind: z.enum(["expenditure", "income"]),
          amount: DecimalAmountSchema,
        }),
      ),
      citation: CitationSchema.optional(),
    }),
  ),
});
