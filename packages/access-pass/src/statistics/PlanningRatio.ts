import type { Ratio } from "@unsms/core";

/**
 * A ratio a pass office plans with: the exact fraction (core's `Ratio`) and its value rounded half-up to the
 * stated decimals (never through floating point). Undefined where the divisor is zero.
 *
 * @example
 * ```ts
 * import type { PlanningRatio } from "@unsms/access-pass"
 *
 * const perEvent: PlanningRatio = { exact: { numerator: 70828n, denominator: 554n }, rounded: "127.8" }
 * console.log(perEvent.rounded) // "127.8"
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export interface PlanningRatio {
  /** The exact fraction. */
  readonly exact: Ratio;
  /** Its value, rounded half-up. */
  readonly rounded: string;
}

/**
 * The planning ratios of a {@link PassWorkload}: passes per visitor (3 decimals), passes
 * per special event, visitors per special event and passes per pass-unit officer (1
 * decimal). A ratio is `undefined` when its divisor is zero or, for officers, not given.
 *
 * @example
 * ```ts
 * import { passWorkloadRatios, type PassWorkload, type PassWorkloadRatios } from "@unsms/access-pass"
 *
 * const show = (r: PassWorkloadRatios) => `${r.dutyStation}: ${r.passesPerEvent?.rounded ?? "–"} passes per event`
 * const nairobi = { dutyStation: "Nairobi", period: { from: "2006-01-01", to: "2006-06-30" }, specialEvents: 191, vipVisits: 10, visitors: 23844, passesIssued: 5932 } as PassWorkload
 * console.log(show(passWorkloadRatios(nairobi))) // "Nairobi: 31.1 passes per event"
 * ```
 *
 * @category statistics
 * @since 0.1.0
 */
export interface PassWorkloadRatios {
  /** The duty station (or `"all"` for a total). */
  readonly dutyStation: string;
  /** UN passes issued per visitor. */
  readonly passesPerVisitor: PlanningRatio | undefined;
  /** UN passes issued per special event. */
  readonly passesPerEvent: PlanningRatio | undefined;
  /** Visitors per special event. */
  readonly visitorsPerEvent: PlanningRatio | undefined;
  /** UN passes issued per pass-unit officer, when the officers are given. */
  readonly passesPerOfficer: PlanningRatio | undefined;
}
