import type { ApportionedUnits } from "../../apportion/ApportionedUnits";
import { fitsNumbers } from "./fitsNumbers";
import { awardLargest } from "./awardLargest";
import { floorsInto } from "./floorsInto";
import { splitLargeNumbers } from "./splitLargeNumbers";

/** Up to this many weights, plain arrays and a quickselect (`awardLargest`); above, typed arrays and a radix selection. */
const SMALL_SPLIT = 256;

/**
 * The largest remainder (Hamilton) split of `total` minor units by `weights`, which the
 * caller has checked: non-negative safe integers adding up to `whole ≤ 2^53 − 1` (zero
 * only with a zero total), `maxWeight` the largest. Negative totals are split as their
 * magnitude, then negated. Three paths:
 *
 * - numbers, when `|total| × maxWeight + whole ≤ 2^53` (then `floor(a / whole)` computed in
 *   doubles is exact, see `exactQuotient`): up to 256 weights, plain arrays and the
 *   quickselect of `awardLargest`; above, typed arrays and a radix selection
 *   (`splitLargeNumbers`). (`makeApportioner` has a faster small path of its own, on typed
 *   arrays it keeps.)
 * - bigints by reduction, for larger totals: with `|total| = d × whole + rest` (`rest <
 *   whole`), each floor is `d × w` plus rest's, and the remainders and the units left over
 *   are rest's, so the number split of `rest` decides every award; it applies whenever
 *   `rest × maxWeight + whole ≤ 2^53`, which holds for any total once the weights add up to
 *   at most 2^26.
 * - bigints throughout otherwise (weights above that): each floor and remainder in bigint,
 *   the remainders (below `whole`, exact as numbers) to `awardLargest`.
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
    let units: Array<number> | Float64Array;
    if (n > SMALL_SPLIT) units = splitLargeNumbers(t, weights, whole, compareTies, new Float64Array(n));
    else {
      // a few weights: plain arrays (a typed array that small costs more to make than to fill)
      const remainders = new Array<number>(n);
      const small = new Array<number>(n);
      const assigned = floorsInto(t, weights, whole, small, (r, i) => {
        remainders[i] = r;
      });
      awardLargest(remainders, t - assigned, compareTies, (i) => {
        small[i]! += 1;
      });
      units = small;
    }
    if (negative) for (let i = 0; i < n; i++) units[i] = 0 - (units[i] as number);
    return { exactAs: "number", units };
  }
  const w = BigInt(whole);
  // |total| = d × whole + rest: each floor is d × w plus rest's, and the remainders and the
  // units left for them are rest's, so rest's split (numbers, unless the weights are huge) decides the awards
  const d = magnitude / w;
  const rest = magnitude - d * w;
  if (fitsNumbers(Number(rest), maxWeight, whole, rest)) {
    const { units: restUnits } = splitUnits(rest, weights, whole, maxWeight, compareTies); // one level: rest < whole fits
    const units = Array.from(restUnits as ArrayLike<number>, (u, i) => {
      const share = d * BigInt(weights[i] as number) + BigInt(u);
      return negative ? -share : share;
    });
    return { exactAs: "bigint", units };
  }
  const units = new Array<bigint>(n);
  // pushed: `new Array(n)` of a million would be a dictionary
  const remainders: Array<number> = [];
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const a = magnitude * BigInt(weights[i] as number);
    const q = a / w;
    units[i] = q;
    remainders.push(Number(a - q * w));
    assigned += q;
  }
  awardLargest(remainders, Number(magnitude - assigned), compareTies, (i) => {
    units[i] = (units[i] as bigint) + 1n;
  });
  if (negative) for (let i = 0; i < n; i++) units[i] = -(units[i] as bigint);
  return { exactAs: "bigint", units };
};
