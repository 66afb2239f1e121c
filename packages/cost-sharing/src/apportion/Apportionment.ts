import type { Money } from "@unsms/core";
import type { Formula } from "../formula/Formula";

/**
 * Why a share is what it is: `"headcount"` (its largest-remainder share of the pool),
 * `"minimum"` (raised to the floor formula's minimum), `"tier"` (a flat tier amount) or
 * `"none"` (no staff, nothing to pay).
 *
 * @example
 * ```ts
 * import type { ShareBasis } from "@unsms/cost-sharing"
 *
 * const basis: ShareBasis = "minimum"
 * console.log(basis)
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export type ShareBasis = "headcount" | "minimum" | "tier" | "none";

/**
 * One participant's share of a total.
 *
 * @example
 * ```ts
 * import type { Share } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * const share: Share = { id: "UNDP", headcount: 1234, amount: makeMoney(12_345n, USD), basis: "headcount" }
 * console.log(share.amount.minorUnits)
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export interface Share {
  /** The participant's id. */
  readonly id: string;
  /** Its headcount. */
  readonly headcount: number;
  /** What it pays, in the total's currency. */
  readonly amount: Money;
  /** Which rule set the amount. */
  readonly basis: ShareBasis;
  /** For `basis: "tier"`, the index of the tier in the formula. */
  readonly tier?: number;
}

/**
 * A total apportioned among participants: the shares in input order, adding up to the
 * total exactly, and the pool that was shared by headcount (the whole total under the
 * proportional formula; what is left after minimums or flat tiers otherwise).
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = Result.getOrThrow(apportion(makeMoney(10n, USD), [{ id: "A", headcount: 1 }]))
 * console.log(result.pool.minorUnits, result.poolHeadcount) // 10n 1
 * ```
 *
 * @category apportionment
 * @since 0.1.0
 */
export interface Apportionment {
  /** The amount shared. */
  readonly total: Money;
  /** The formula used. */
  readonly formula: Formula;
  /** One share per participant, in input order. */
  readonly shares: ReadonlyArray<Share>;
  /** The part of the total shared by headcount among the shares of basis `"headcount"`. */
  readonly pool: Money;
  /** The headcount of those shares together. */
  readonly poolHeadcount: number;
}
