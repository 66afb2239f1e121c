import * as Result from "effect/Result";
import type { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { checkPolicy, checkPositions, checkRoster, unreadablePolicy } from "../internal/checkPolicy";
import { multiplyRatios, readOrElse, subtractRatios } from "@unsms/core";
import { whole } from "../internal/parseRatio";
import type { CoveragePolicy } from "./CoveragePolicy";
import type { ExactQuantity } from "./ExactQuantity";
import { quantity } from "../internal/quantity";
import { coverageNeed } from "../internal/coverageNeed";
import type { CoverageNeed } from "./officersNeeded";

/**
 * The overtime a station works a week when it holds posts round the clock with fewer
 * officers than {@link officersNeeded} says.
 *
 * @example
 * ```ts
 * import { weeklyOvertime, type Overtime } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * // one post held round the clock in 8-hour shifts by 4 officers instead of 6
 * const overtime: Overtime = Result.getOrThrow(weeklyOvertime({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0.2" }, 1, 4))
 * console.log(overtime.officersShort, overtime.overtimeHoursPerWeek.approx) // 2 "40.00"
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export interface Overtime {
  /** Officers on the roster. */
  readonly officers: number;
  /** What holding the posts takes. */
  readonly need: CoverageNeed;
  /** Officers missing: need − officers, at least 0. */
  readonly officersShort: number;
  /** Shifts the officers work within their contracts: officers × ⌊H / L⌋ × (1 − r). */
  readonly shiftsWithinContract: ExactQuantity;
  /** Shifts left to staff by overtime: shifts to staff − shifts within contract, at least 0. */
  readonly overtimeShiftsPerWeek: ExactQuantity;
  /** Those shifts in hours: overtime shifts × L. */
  readonly overtimeHoursPerWeek: ExactQuantity;
}

/**
 * The overtime, in exact shifts and hours a week, that `officers` officers work to hold
 * `positions` posts round the clock under a policy: the shifts to staff (positions × 7 × 24
 * / L) minus the shifts they work within their contracts (officers × ⌊H / L⌋ × (1 − r)), at
 * least 0, times L, all in exact fractions. More officers never mean more overtime. The
 * policy is read and checked once, and `need`, `officersShort` and the overtime all come
 * from that one reading.
 * `officers` is a whole number from 0 to 10 000 000 and `positions` from 0 to 1 000 000,
 * `CoverageRequestSchema`'s limits (beyond them an {@link InvalidCoveragePolicy} at
 * `$.officers` or `$.positions`).
 *
 * @example
 * ```ts
 * import { weeklyOvertime } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * // 10 posts, 8-hour shifts, 40-hour week, relief 1/5: 53 officers needed; with 45, overtime
 * const overtime = Result.getOrThrow(weeklyOvertime({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 10, 45))
 * console.log(overtime.overtimeShiftsPerWeek.exact, overtime.overtimeHoursPerWeek.exact) // "30" "240"
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export const weeklyOvertime = (
  policy: CoveragePolicy,
  positions: number,
  officers: number,
): Result.Result<Overtime, InvalidCoveragePolicy> =>
  readOrElse(() => Result.gen(() => overtimeOf(policy, positions, officers)), unreadablePolicy);

/** The policy, positions and roster checked, then the overtime computed: the steps of {@link weeklyOvertime}. */
function* overtimeOf(policy: CoveragePolicy, positions: number, officers: number) {
  // the policy read and checked once: the need and the overtime both come from `checked`
  const checked = yield* checkPolicy(policy);
  const posts = yield* checkPositions(positions);
  const need = yield* coverageNeed(checked, posts);
  const roster = yield* checkRoster(officers);
  const within = multiplyRatios(whole(roster * checked.contractShifts), checked.availability);
  // from the bigints, not from need.shiftsPerWeek: no figure goes through a number
  const gap = subtractRatios(whole(posts * 7n * checked.shiftsPerDay), within);
  const needed = BigInt(need.officersNeeded);
  const short = gap.numerator > 0n ? gap : whole(0n);
  return {
    officers,
    need,
    officersShort: Number(needed > roster ? needed - roster : 0n),
    shiftsWithinContract: quantity(within),
    overtimeShiftsPerWeek: quantity(short),
    overtimeHoursPerWeek: quantity(multiplyRatios(short, whole(BigInt(checked.shiftHours)))),
  };
}
