import type { DutyStationId } from "@unsms/core";
import { DutyStationIdSchema } from "@unsms/core/schema";
import * as z from "zod";

/**
 * Schema of the pass office workload of one duty station over one period, as Table 2 of
 * A/61/531 gives it (¶39): special events, VIP visits, visitors and UN passes issued.
 * The period is a pair of inclusive ISO dates, `from` not after `to` (a reversed period is
 * refused at `$.period.to`). `unsms schema pass-workload` prints it.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { PassWorkloadSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * const geneva = decode(PassWorkloadSchema, {
 *   dutyStation: "Geneva", period: { from: "2006-01-01", to: "2006-06-30" },
 *   specialEvents: 362, vipVisits: 76, visitors: 89713, passesIssued: 27152,
 * })
 * console.log(Result.isSuccess(geneva)) // true
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export const PassWorkloadSchema = z.strictObject({
  dutyStation: DutyStationIdSchema,
  period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }).superRefine((period, context) => {
    // the issue is about `to`: it says what `to` should have been and carries its value
    if (period.from > period.to)
      context.addIssue({
        code: "custom",
        path: ["to"],
        input: period.to,
        message: `a date not before from (${period.from})`,
      });
  }),
  specialEvents: z.number().int().min(0),
  vipVisits: z.number().int().min(0),
  visitors: z.number().int().min(0),
  passesIssued: z.number().int().min(0),
});

/**
 * The pass office workload of one duty station over one period: what
 * {@link PassWorkloadSchema} decodes, field for field (a type test ties the two).
 *
 * @example
 * ```ts
 * import type { PassWorkload } from "@unsms/access-pass"
 *
 * const busiest = (rows: ReadonlyArray<PassWorkload>) => [...rows].sort((a, b) => b.visitors - a.visitors)[0]
 * const rows = [
 *   { dutyStation: "Nairobi", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 191, vipVisits: 10, visitors: 23844, passesIssued: 5932 },
 *   { dutyStation: "Addis Ababa", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 145, vipVisits: 9, visitors: 20746, passesIssued: 4695 },
 * ] as ReadonlyArray<PassWorkload>
 * console.log(busiest(rows)?.dutyStation) // "Nairobi"
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export interface PassWorkload {
  /** The duty station. */
  readonly dutyStation: DutyStationId;
  /** The period, a pair of inclusive ISO dates (`2006-01-01`), `from` not after `to`. */
  readonly period: { readonly from: string; readonly to: string };
  /** Special events the pass office served. */
  readonly specialEvents: number;
  /** VIP visits. */
  readonly vipVisits: number;
  /** Visitors. */
  readonly visitors: number;
  /** UN grounds passes issued. */
  readonly passesIssued: number;
}
