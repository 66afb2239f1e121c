import * as Result from "effect/Result";
import type { InvalidCoveragePolicy } from "../errors/InvalidCoveragePolicy";
import { checkPolicy, checkPositions, unreadablePolicy } from "../internal/checkPolicy";
import { coverageNeed } from "../internal/coverageNeed";
import { readOrElse } from "@unsms/core";
import type { CoveragePolicy } from "./CoveragePolicy";
import type { ExactQuantity } from "./ExactQuantity";

/**
 * What it takes to hold posts round the clock under a {@link CoveragePolicy}; see
 * {@link officersNeeded} for the formula.
 *
 * @example
 * ```ts
 * import { officersNeeded, type CoverageNeed } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const need: CoverageNeed = Result.getOrThrow(officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0.2" }, 1))
 * console.log(`${need.officersNeeded} officers for ${need.positions} post`, need.officersPerPosition.exact) // "6 officers for 1 post" "21/4"
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export interface CoverageNeed {
  /** Posts held 24 hours a day, 7 days a week (one officer on duty each). */
  readonly positions: number;
  /** The shift length L. */
  readonly shiftHours: number;
  /** Shifts a day: 24 / L. */
  readonly shiftsPerDay: number;
  /** Shifts to staff a week: positions × 7 × 24 / L. */
  readonly shiftsPerWeek: number;
  /** Whole shifts an officer works a week within the contract: ⌊H / L⌋. */
  readonly contractShiftsPerOfficer: number;
  /** Shifts an officer is actually there for a week: ⌊H / L⌋ × (1 − r). */
  readonly availableShiftsPerOfficer: ExactQuantity;
  /** Officers per post: (7 × 24 / L) / (⌊H / L⌋ × (1 − r)). */
  readonly officersPerPosition: ExactQuantity;
  /** Whole officers for all the posts: ⌈positions × officers per post⌉. */
  readonly officersNeeded: number;
}

/**
 * The officers needed to hold `positions` posts round the clock, in exact rational
 * arithmetic. With shift length L hours, weekly contract H hours and relief factor r
 * (share of contract time away: leave, training, sickness, missions):
 *
 * officers = ⌈ positions × (7 × 24 / L) / (⌊H / L⌋ × (1 − r)) ⌉
 *
 * An officer is rostered whole shifts, as many as fit in the contract (⌊H / L⌋), and is
 * there for a share 1 − r of them. Worked example: one post, 8-hour shifts, a 40-hour week
 * and r = 1/5: 21 shifts a week to staff, 5 contract shifts per officer of which 4 worked,
 * 21/4 = 5.25 officers per post, so 6 officers; with 12-hour shifts, 14 shifts, ⌊40/12⌋ = 3
 * contract shifts of which 12/5 worked, 35/6 ≈ 5.83 officers per post. More contract hours or
 * a lower relief factor never need more officers. `positions` is a whole number from 0 to
 * 1 000 000 (`CoverageRequestSchema`'s limit); a relief factor so close to 1 that the
 * officers needed pass 2^53 − 1 is refused at `$.reliefFactor`, not rounded. Each field of
 * the policy is read once: the need is computed, and its `shiftHours` answered, from the
 * values checked.
 *
 * @example
 * ```ts
 * import { officersNeeded } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const need = Result.getOrThrow(officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 1))
 * console.log(need.officersPerPosition.exact, need.officersNeeded) // "21/4" 6
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export const officersNeeded = (
  policy: CoveragePolicy,
  positions: number,
): Result.Result<CoverageNeed, InvalidCoveragePolicy> =>
  readOrElse(() => Result.gen(() => officersNeededFor(policy, positions)), unreadablePolicy);

/** The policy and positions checked, then the need computed: the steps of {@link officersNeeded}. */
function* officersNeededFor(policy: CoveragePolicy, positions: number) {
  const checked = yield* checkPolicy(policy);
  const posts = yield* checkPositions(positions);
  return yield* coverageNeed(checked, posts);
}
