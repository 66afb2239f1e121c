import { selectTopKeys } from "./selectTopKeys";

/**
 * Keys keep the index in their low 8 bits: a keyed split takes at most this many weights.
 *
 * @internal
 */
export const KEYED_MAX_WEIGHTS = 256;

/**
 * Keys keep the remainder above 8 bits, below 2^31: a keyed split takes weights adding up
 * to at most this (2^23, written out: a bundler keeps an unused `2 ** 23`).
 *
 * @internal
 */
export const KEYED_MAX_WHOLE = 8_388_608;

/**
 * The award step of a keyed split (at most 256 weights adding up to at most 2^23): the
 * first `n` keys are `remainder × 256 + (255 − index)`, distinct and below 2^31, and `k`
 * (`0 < k < n`) units go one each to the largest remainders. `selectTopKeys` moves the `k`
 * largest keys to the front, which is the award with ties to the lower index; it gives
 * each winner its unit in `units` and returns true. With `compareTies` (ids), a tie
 * matters only when equal remainders fall on both sides of the cut: one pass over the
 * losers looks for the weakest winner's remainder among them, and if it is there the
 * function returns false with `units` untouched, and the caller splits another way
 * (`splitUnits`: the radix path, which orders such ties by `compareTies`).
 *
 * @internal
 */
export const awardTopKeys = (
  keys: Float64Array,
  n: number,
  k: number,
  bound: number,
  compareTies: ((a: number, b: number) => number) | undefined,
  units: { [index: number]: number },
): boolean => {
  selectTopKeys(keys, n, k, bound);
  if (compareTies !== undefined) {
    let weakest = keys[0] as number;
    for (let j = 1; j < k; j++) if ((keys[j] as number) < weakest) weakest = keys[j] as number;
    const v = weakest >>> 8; // the weakest winner's remainder
    for (let j = k; j < n; j++) if ((keys[j] as number) >>> 8 === v) return false;
  }
  for (let j = 0; j < k; j++) units[255 - ((keys[j] as number) & 255)]! += 1;
  return true;
};
