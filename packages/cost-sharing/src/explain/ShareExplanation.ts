import type { Money, Rate } from "@unsms/core";
import type { ShareBasis } from "../apportion/Apportionment";

/**
 * Why one share is what it is. For a share of the pool by headcount: its exact quota
 * `pool × headcount / poolHeadcount` in minor units as a fraction, the whole part of it
 * (toward zero), the remainder, its rank among the remainders of the pool (1 is the
 * largest; ties by id) and whether it received one of the leftover units. For a minimum
 * or a tier, which one applied.
 *
 * @example
 * ```ts
 * import { apportion, explainApportionment } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shares = Result.getOrThrow(apportion(makeMoney(10n, USD), [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }]))
 * const [a] = explainApportionment(shares)
 * console.log(a?.quota, a?.leftoverUnit) // { numerator: 10n, denominator: 3n } false
 * ```
 *
 * @category explanation
 * @since 0.1.0
 */
export interface ShareExplanation {
  /** The participant's id. */
  readonly id: string;
  /** Its headcount. */
  readonly headcount: number;
  /** Which rule set the amount. */
  readonly basis: ShareBasis;
  /** What it pays. */
  readonly amount: Money;
  /** Its exact quota of the pool in minor units, `pool × headcount / poolHeadcount` (headcount shares only). */
  readonly quota?: Rate;
  /** The whole part of the quota, toward zero (headcount shares only). */
  readonly floor?: Money;
  /** What the floor leaves of the quota, over the same denominator (headcount shares only). */
  readonly remainder?: Rate;
  /** The rank of the remainder in the pool, 1 for the largest, ties to the id that sorts first (headcount shares only). */
  readonly remainderRank?: number;
  /** Whether the share received one leftover minor unit above its floor. */
  readonly leftoverUnit: boolean;
  /** The minimum that applied (basis `"minimum"`). */
  readonly minimum?: Money;
  /** The index of the tier that applied (basis `"tier"`). */
  readonly tier?: number;
  /** The explanation in one sentence. */
  readonly text: string;
}
