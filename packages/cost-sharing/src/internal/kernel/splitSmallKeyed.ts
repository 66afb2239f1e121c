import { exactQuotient } from "./exactQuotient";
import { selectTopKeys } from "./selectTopKeys";

/** Keys keep the index in their low 8 bits: at most this many weights. */
export const KEYED_MAX_WEIGHTS = 256;
/** Keys keep the remainder above 8 bits: the weights add up to at most this. */
export const KEYED_MAX_WHOLE = 8_388_608; // 2^23, written out: a bundler keeps an unused `2 ** 23`

/**
 * The number path of the largest remainder split for at most 256 weights adding up to at
 * most 2^23 (8 388 608 people), ties to the lower index, written into `units`. One pass
 * computes each floor and an integer key `remainder × 256 + (255 − index)`: below 2^31,
 * distinct, ordered by remainder and, among equal remainders, lower index first. A
 * quickselect moves the `k` largest keys to the front of `keys` (scratch of at least `n`
 * entries, a Float64Array: a double key is stored as computed, where an Int32Array would
 * convert it, about 15 ns more over 50 weights), and each winner's index is read back from
 * its key's low 8 bits and given one unit. Returns `k`, the number of units
 * handed out by remainder: the winners' keys are `keys[0 … k − 1]`, the others' after.
 *
 * The caller has checked `whole > 0` and `t × maxWeight + whole ≤ 2^53` (with `t` the
 * total's magnitude), so every product and floor is exact (see `exactQuotient`), and owns
 * both arrays for the duration of the call.
 *
 * @internal
 */
export const splitSmallKeyed = (
  t: number,
  weights: ArrayLike<number>,
  whole: number,
  units: { [index: number]: number },
  keys: { [index: number]: number },
): number => {
  const n = weights.length;
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const a = t * (weights[i] as number);
    const q = exactQuotient(a, whole);
    const r = a - q * whole;
    units[i] = q;
    assigned += q;
    keys[i] = r * 256 + (255 - i); // r < 2^23: below 2^31, so `key & 255` reads the index back
  }
  const k = t - assigned; // 0 ≤ k < n
  if (k === 0) return 0;
  selectTopKeys(keys, n, k, whole * 256);
  for (let j = 0; j < k; j++) {
    const key = keys[j] as number;
    const i = 255 - (key & 255);
    units[i] = (units[i] as number) + 1;
  }
  return k;
};
