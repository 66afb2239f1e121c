import type { ApportionedUnits } from "../../apportion/ApportionedUnits";
import { fitsNumbers } from "./fitsNumbers";
import { awardBySort } from "./awardBySort";
import { awardTopKeys, KEYED_MAX_WEIGHTS, KEYED_MAX_WHOLE } from "./awardTopKeys";
import { floorsInto } from "./floorsInto";
import { splitLargeNumbers } from "./splitLargeNumbers";

/** The keyed path's keys, kept between calls: a `Float64Array` of 50 took about 890 ns to make (a store of more than 64 bytes is off V8's heap), more than the whole split. Scratch, written before it is read: no code of a caller's runs while it is in use. */
let keptKeys: Float64Array | undefined;

/**
 * The largest remainder (Hamilton) split of `total` minor units by `weights`, which the
 * caller has checked: non-negative safe integers adding up to `whole ≤ 2^53 − 1` (zero
 * only with a zero total), `maxWeight` the largest. Negative totals are split as their
 * magnitude, then negated. Three paths:
 *
 * - numbers, when `|total| × maxWeight + whole ≤ 2^53` (then `floor(a / whole)` computed in
 *   doubles is exact, see `exactQuotient`): up to 256 weights adding up to at most 2^23,
 *   a plain array and the keyed selection (`awardTopKeys`: each remainder and its index in
 *   one key, ties by `compareTies` settled by the radix path in the rare case where equal
 *   remainders straddle the cut); otherwise typed arrays and a radix selection
 *   (`splitLargeNumbers`). (`makeApportioner` keeps its keyed split made once, on typed
 *   arrays it keeps.)
 * - bigints by reduction, for larger totals: with `|total| = d × whole + rest` (`rest <
 *   whole`), each floor is `d × w` plus rest's, and the remainders and the units left over
 *   are rest's, so the number split of `rest` decides every award; it applies whenever
 *   `rest × maxWeight + whole ≤ 2^53`, which holds for any total once the weights add up to
 *   at most 2^26.
 * - bigints throughout otherwise (weights above that): each floor and remainder in bigint,
 *   the remainders (below `whole`, exact as numbers) awarded by a sort (`awardBySort`, O(n
 *   log n); this path is rare and its bigint divisions cost more than the sort).
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
    let units: Array<number> | Float64Array | undefined;
    if (n <= KEYED_MAX_WEIGHTS && whole <= KEYED_MAX_WHOLE) {
      // a few weights: a plain array (a typed array that small costs more to make than to fill) and the keyed selection
      const keys = (keptKeys ??= new Float64Array(KEYED_MAX_WEIGHTS));
      const small = new Array<number>(n);
      const assigned = floorsInto(t, weights, whole, small, (r, i) => {
        keys[i] = r * 256 + (255 - i); // r < 2^23: below 2^31, so `key & 255` reads the index back
      });
      if (t === assigned || awardTopKeys(keys, n, t - assigned, whole * 256, compareTies, small)) units = small;
    }
    // more weights, or equal remainders straddling the cut with ties by id: the radix path
    units ??= splitLargeNumbers(t, weights, whole, compareTies, new Float64Array(n));
    if (negative) for (let i = 0; i < n; i++) units[i] = 0 - (units[i] as number);
    return { exactAs: "number", units };
  }
  const w = BigInt(whole);
  // |total| = d × whole + rest: each floor is d × w plus rest's, and the remainders and the
  // units left for them are rest's, so rest's split (numbers, unless the weights are huge) decides the awards
  const d = magnitude / w;
  const rest = magnitude - d * w;
  let units: Array<bigint>;
  if (fitsNumbers(Number(rest), maxWeight, whole, rest)) {
    const { units: restUnits } = splitUnits(rest, weights, whole, maxWeight, compareTies); // one level: rest < whole fits
    units = Array.from(restUnits as ArrayLike<number>, (u, i) => d * BigInt(weights[i] as number) + BigInt(u));
  } else {
    // each floor and remainder in bigint; the remainders, below `whole` (exact as numbers), awarded by a sort
    const remainders: Array<number> = [];
    let assigned = 0n;
    const floors = Array.from(weights, (weight) => {
      const a = magnitude * BigInt(weight);
      const q = a / w;
      remainders.push(Number(a - q * w));
      assigned += q;
      return q;
    });
    awardBySort(
      remainders.map((_, i) => i),
      remainders,
      Number(magnitude - assigned),
      compareTies,
      (i) => {
        floors[i] = (floors[i] as bigint) + 1n;
      },
    );
    units = floors;
  }
  return { exactAs: "bigint", units: negative ? units.map((u) => -u) : units };
};
