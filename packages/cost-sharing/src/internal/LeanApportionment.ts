import type { Money } from "@unsms/core";
import type { ApportionedUnits } from "../apportion/ApportionedUnits";
import type { Apportionment, Share, ShareBasis } from "../apportion/Apportionment";
import type { Formula } from "../formula/Formula";

/**
 * An {@link Apportionment} held as parallel arrays (ids, headcounts, signed minor units,
 * and for the formulas with minimums or tiers the amounts the formula fixed, which make a
 * share's basis, and each share's tier); the `Share` objects are built on the first read
 * of `shares`, and that same array is returned after.
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
  readonly #fixed: ReadonlyArray<bigint | undefined> | undefined;
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
    fixed?: ReadonlyArray<bigint | undefined>,
    tiers?: ReadonlyArray<number | undefined>,
  ) {
    this.total = total;
    this.formula = formula;
    this.pool = pool;
    this.poolHeadcount = poolHeadcount;
    this.ids = ids;
    this.amounts = amounts;
    this.#headcounts = headcounts;
    this.#fixed = fixed;
    this.#tiers = tiers;
  }

  get shares(): ReadonlyArray<Share> {
    if (this.#shares !== undefined) return this.#shares;
    const { ids, amounts } = this;
    const currency = this.total.currency;
    const headcounts = this.#headcounts;
    const fixed = this.#fixed;
    const tiers = this.#tiers;
    // an amount fixed by the formula is a tier's under tiers, else its minimum
    const fixedAs: ShareBasis = tiers === undefined ? "minimum" : "tier";
    const shares = ids.map((id, i): Share => {
      const headcount = headcounts[i] as number;
      const amount = { minorUnits: BigInt(amounts.units[i] as number | bigint), currency };
      const basis: ShareBasis = fixed?.[i] !== undefined ? fixedAs : headcount > 0 ? "headcount" : "none";
      const tier = tiers?.[i];
      // written out, not `{ ...share, tier }`: a spread followed by a new field takes V8 about 2 µs
      return tier === undefined ? { id, headcount, amount, basis } : { id, headcount, amount, basis, tier };
    });
    return (this.#shares = shares);
  }
}
