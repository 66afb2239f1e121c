import type { Money } from "@unsms/core";
import type { Formula } from "../formula/Formula";
import type { ApportionedUnits } from "./ApportionedUnits";

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
 * The same answer is there twice. `ids` and `amounts` are the lean form, computed by
 * {@link apportion}: the ids as read and each share's signed minor units, in input order
 * (the {@link @unsms/cost-sharing!batch.ApportionedUnits | ApportionedUnits} of the batch API: under the proportional formula, numbers
 * while |total| × the largest headcount + the total headcount ≤ 2^53, bigints beyond; under
 * the floor and tiers formulas, bigints always; `amounts.exactAs` says which). `shares` is the readable form, one {@link Share} object per participant: it is a
 * getter that builds the array on its first read and returns that same array after, so a
 * caller of a million participants who reads only `amounts` never pays for a million
 * objects (`docs/performance.md`). Being a getter, `shares` is not copied by an object
 * spread (`{ ...apportionment }`); read it by name.
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = Result.getOrThrow(apportion(makeMoney(10n, USD), [{ id: "A", headcount: 1 }, { id: "B", headcount: 3 }]))
 * console.log(result.pool.minorUnits, result.poolHeadcount) // 10n 4
 * console.log(result.ids, Array.from(result.amounts.units)) // ["A", "B"] [3, 7] (2.5 and 7.5: the tie to "A")
 * console.log(result.shares[1]?.amount.minorUnits) // 7n
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
  /** One share per participant, in input order: built on the first read, the same array after. */
  readonly shares: ReadonlyArray<Share>;
  /**
   * The participants' ids as read, in input order.
   *
   * @since 0.2.0
   */
  readonly ids: ReadonlyArray<string>;
  /**
   * Each share's amount in signed minor units of the total's currency, in input order: the
   * lean form of `shares[i].amount.minorUnits`.
   *
   * @since 0.2.0
   */
  readonly amounts: ApportionedUnits;
  /** The part of the total shared by headcount among the shares of basis `"headcount"`. */
  readonly pool: Money;
  /** The headcount of those shares together. */
  readonly poolHeadcount: number;
}
