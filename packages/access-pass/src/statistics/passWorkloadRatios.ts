import { formatRatio, makeRatio, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import type { PassWorkloadRatios, PlanningRatio } from "./PlanningRatio";
import type { PassWorkload } from "./PassWorkloadSchema";

/** A count a ratio is made of: a whole number from 0 to 2^53 − 1. */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const ratio = (numerator: unknown, denominator: unknown, places: number): PlanningRatio | undefined => {
  if (!isCount(numerator) || !isCount(denominator)) return undefined;
  const exact = makeRatio(numerator, denominator);
  return Result.isSuccess(exact)
    ? { exact: exact.success, rounded: formatRatio(exact.success, { places, as: "plain" }) }
    : undefined;
};

/**
 * The ratios a pass office plans with, from a workload row of Table 2 (A/61/531 ¶39) and,
 * optionally, the number of officers of its pass and ID unit: passes per visitor, per
 * special event, visitors per event, passes per officer. Exact integer arithmetic, rounded
 * half-up. A ratio is `undefined` where it cannot be computed: a zero divisor, no officers,
 * or — from a plain JS caller — a count that is not a whole number ≥ 0 (total, never
 * throws). New York, January–June 2006: 70 828 passes for 646 550 visitors (0.110 per
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
export const passWorkloadRatios = (workload: PassWorkload, passUnitOfficers?: number): PassWorkloadRatios => {
  const read = <K extends keyof PassWorkload>(key: K): unknown =>
    readOrElse(
      () => workload[key],
      () => undefined,
    );
  const [passes, visitors, events, dutyStation] = [
    read("passesIssued"),
    read("visitors"),
    read("specialEvents"),
    read("dutyStation"),
  ];
  return {
    dutyStation: typeof dutyStation === "string" ? dutyStation : "",
    passesPerVisitor: ratio(passes, visitors, 3),
    passesPerEvent: ratio(passes, events, 1),
    visitorsPerEvent: ratio(visitors, events, 1),
    passesPerOfficer: ratio(passes, passUnitOfficers, 1),
  };
};
