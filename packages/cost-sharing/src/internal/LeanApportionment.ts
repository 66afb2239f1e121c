import type { Money } from "@unsms/core";
import type { ApportionedUnits } from "../apportion/ApportionedUnits";
import type { Apportionment, Share, ShareBasis } from "../apportion/Apportionment";
import type { Formula } from "../formula/Formula";

/**
 * An {@link Apportionment} held as parallel arrays (ids, headcounts, signed minor units,
 * and for the formulas with minimums or tiers each share's basis and tier); the `Share`
 * objects are built on the first read of `shares`, and that same array is returned after.
 * Apportioning a million participants allocates no object per share until they are read.
 *
 * @internal
 */
export class LeanApportionment implements Apportionment {
  declare readonly total: Money;
  declare readonly formula: Formula;
  declare readonly pool: Money;
  declare readonly poolHeadcount: number;
  declare readonly ids: ReadonlyArray<string>;
  declare readonly amounts: ApportionedUnits;
  readonly #headcounts: ArrayLike<number>;
  readonly #basis: ReadonlyArray<ShareBasis> | undefined;
  readonly #tiers: ReadonlyArray<number | undefined> | undefined;
  #shares: ReadonlyArray<Share> | undefined;

  constructor(
    total: Money,
    formula: Formula,
    pool: Money,
    poolHeadcount: number,
    ids: ReadonlyArray<string>,
    headcounts: ArrayLike<number>,
    amounts: ApportionedUnits,
    basis?: ReadonlyArray<ShareBasis>,
    tiers?: ReadonlyArray<number | undefined>,
  ) {
    this.total = total;
    this.formula = formula;
    this.pool = pool;
    this.poolHeadcount = poolHeadcount;
    this.ids = ids;
    this.amounts = amounts;
    this.#headcounts = headcounts;
    this.#basis = basis;
    this.#tiers = tiers;
  }

  get shares(): ReadonlyArray<Share> {
    if (this.#shares !== undefined) return this.#shares;
    const { ids, amounts } = this;
    const currency = this.total.currency;
    const headcounts = this.#headcounts;
    const basis = this.#basis;
    const tiers = this.#tiers;
    const n = ids.length;
    const shares = new Array<Share>(n);
    for (let i = 0; i < n; i++) {
      const units = amounts.units[i] as number | bigint;
      const headcount = headcounts[i] as number;
      const share: Share = {
        id: ids[i] as string,
        headcount,
        amount: { minorUnits: BigInt(units), currency },
        basis: basis === undefined ? (headcount > 0 ? "headcount" : "none") : (basis[i] ?? "none"),
      };
      const tier = tiers?.[i];
      shares[i] = tier === undefined ? share : { ...share, tier };
    }
    return (this.#shares = shares);
  }
}
