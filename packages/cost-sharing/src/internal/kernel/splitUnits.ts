import type { ApportionedUnits } from "../../apportion/ApportionedUnits";
import { fitsNumbers } from "./fitsNumbers";
import { selectLargest } from "./selectLargest";
import { splitLargeNumbers } from "./splitLargeNumbers";
import { splitSmallNumbers } from "./splitSmallNumbers";

/** Up to this many weights, plain arrays and a quickselect; above, a typed array and a radix selection. */
export const SMALL_SPLIT = 256;

/**
 * The largest remainder (Hamilton) split of `total` minor units by `weights`, which the
 * caller has checked: non-negative safe integers adding up to `whole ≤ 2^53 − 1` (zero
 * only with a zero total), `maxWeight` the largest. Number arithmetic when
 * `|total| × maxWeight + whole ≤ 2^53` (then `floor(a / whole)` computed in doubles is
 * exact, see `exactQuotient`; a quickselect for up to 256 weights, a radix
 * selection above), bigint otherwise. (`makeApportioner` has a faster small path of its
 * own, on typed arrays it keeps.) Negative totals are split
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
  if (fitsNumbers(t, maxWeight, whole, magnitude)) {
    const units =
      n <= SMALL_SPLIT
        ? splitSmallNumbers(t, weights, whole, compareTies)
        : splitLargeNumbers(t, weights, whole, compareTies, new Float64Array(n));
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
  const winners = selectLargest(remainders, Number(magnitude - assigned), whole, compareTies);
  for (let j = 0; j < winners.length; j++) {
    const i = winners[j] as number;
    units[i] = (units[i] as bigint) + 1n;
  }
  if (negative) for (let i = 0; i < n; i++) units[i] = -(units[i] as bigint);
  return { exactAs: "bigint", units };
};
