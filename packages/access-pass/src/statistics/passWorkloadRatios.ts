import { formatRate, makeRate } from "@unsms/core";
import * as Result from "effect/Result";
import type { PassWorkloadRatios, PlanningRatio } from "./PlanningRatio";
import type { PassWorkload } from "./PassWorkloadSchema";

const ratio = (numerator: number, denominator: number | undefined, decimals: number): PlanningRatio | undefined => {
  if (denominator === undefined) return undefined;
  const exact = makeRate(numerator, denominator);
  if (Result.isFailure(exact)) return undefined;
  // formatRate prints a percentage: a hundredfold denominator prints the plain ratio.
  return {
    exact: exact.success,
    rounded: formatRate(
      { numerator: exact.success.numerator, denominator: exact.success.denominator * 100n },
      decimals,
    ),
  };
};

/**
 * The ratios a pass office plans with, from a workload row of Table 2 (A/61/531 ¶39) and,
 * optionally, the number of officers of its pass and ID unit: passes per visitor, per
 * special event, visitors per event, passes per officer. Exact integer arithmetic, rounded
 * half-up. New York, January–June 2006: 70 828 passes for 646 550 visitors (0.110 per
 * visitor) and 554 events (127.8 per event).
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import { passWorkloadRatios } from "@unsms/access-pass"
 * import { PassWorkloadSchema } from "@unsms/access-pass/schema"
 * import * as Result from "effect/Result"
 *
 * const newYork = Result.getOrThrow(decode(PassWorkloadSchema, {
 *   dutyStation: "New York", period: { from: "2006-01-01", to: "2006-06-30" },
 *   specialEvents: 554, vipVisits: 230, visitors: 646550, passesIssued: 70828,
 * }))
 * const ratios = passWorkloadRatios(newYork, 10) // 10 officers: an example, not a figure of the report
 * console.log(ratios.passesPerVisitor?.rounded, ratios.passesPerEvent?.rounded, ratios.passesPerOfficer?.rounded) // "0.110" "127.8" "7082.8"
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export const passWorkloadRatios = (workload: PassWorkload, passUnitOfficers?: number): PassWorkloadRatios => ({
  dutyStation: workload.dutyStation,
  passesPerVisitor: ratio(workload.passesIssued, workload.visitors, 3),
  passesPerEvent: ratio(workload.passesIssued, workload.specialEvents, 1),
  visitorsPerEvent: ratio(workload.visitors, workload.specialEvents, 1),
  passesPerOfficer: ratio(workload.passesIssued, passUnitOfficers, 1),
});
