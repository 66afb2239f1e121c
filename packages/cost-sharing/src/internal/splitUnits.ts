import type { ApportionedUnits } from "../apportion/ApportionedUnits";
import { selectLargest } from "./selectLargest";

const LIMIT = 9_007_199_254_740_992n;


/**
 * The largest remainder (Hamilton) split of `total` minor units by `weights`, which the
 * caller has checked: non-negative safe integers adding up to `whole ≤ 2^53 − 1` (zero
 * only with a zero total), `maxWeight` the largest. Number arithmetic when
 * `|total| × maxWeight + whole ≤ 2^53` (then `floor(a / whole)` computed in doubles is
 * off by at most one and corrected exactly), bigint otherwise. Negative totals are split
 * as their magnitude, then negated.
 *
 * @internal
 */
export const splitUnits = (
  total: bigint,
  weights: ArrayLike<number>,
  whole: number,
  maxWeight: number,
  compareTies: ((a: number, b: number) => number) | undefined,
): ApportionedUnits => {
  const n = weights.length;
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  if (whole === 0) return { exactAs: "number", units: new Array<number>(n).fill(0) };
  const t = Number(magnitude);
  if (t * maxWeight + whole <= 2 ** 52 || magnitude * BigInt(maxWeight) + BigInt(whole) <= LIMIT) {
    // Small typed arrays live off the heap and cost more to make than to fill: plain arrays
    // below 256 weights, typed arrays above.
    const small = n <= 256;
    const units: { [index: number]: number } & ArrayLike<number> & Iterable<number> = small ? new Array<number>(n) : new Float64Array(n);
    const remainders: { [index: number]: number } & ArrayLike<number> = small ? new Array<number>(n) : new Float64Array(n);
    let assigned = 0;
    for (let i = 0; i < n; i++) {
      const a = t * (weights[i] as number);
      let q = Math.floor(a / whole);
      let r = a - q * whole;
      if (r < 0) {
        q -= 1;
        r += whole;
      } else if (r >= whole) {
        q += 1;
        r -= whole;
      }
      units[i] = q;
      remainders[i] = r;
      assigned += q;
    }
    selectLargest(remainders, t - assigned, whole, compareTies, units);
    if (negative) for (let i = 0; i < n; i++) units[i] = 0 - (units[i] as number);
    return { exactAs: "number", units };
  }
  const w = BigInt(whole);
  const units = new Array<bigint>(n);
  const remainders = n <= 256 ? new Array<number>(n) : new Float64Array(n);
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const a = magnitude * BigInt(weights[i] as number);
    const q = a / w;
    units[i] = q;
    remainders[i] = Number(a - q * w);
    assigned += q;
  }
  const winners = selectLargest(remainders, Number(magnitude - assigned), whole, compareTies, undefined);
  for (let j = 0; j < winners.length; j++) {
    const i = winners[j] as number;
    units[i] = (units[i] as bigint) + 1n;
  }
  if (negative) for (let i = 0; i < n; i++) units[i] = -(units[i] as bigint);
  return { exactAs: "bigint", units };
};
