import { splitLargeNumbers } from "./splitLargeNumbers";
import { splitSmallKeyed } from "./splitSmallKeyed";

/**
 * The number paths of the largest remainder split of `t ≥ 0` minor units written into
 * `out` (ties to the lower index): the keyed quickselect when the caller keeps `keys`
 * (at most 256 weights adding up to at most 2^23), the radix selection otherwise. The caller has checked `whole > 0` and
 * `t × maxWeight + whole ≤ 2^53` (`fitsNumbers`).
 *
 * @internal
 */
export const splitNumbersInto = (
  t: number,
  weights: Float64Array,
  whole: number,
  out: Float64Array,
  keys: Float64Array | undefined,
): void => {
  if (keys !== undefined) splitSmallKeyed(t, weights, whole, out, keys);
  else splitLargeNumbers(t, weights, whole, undefined, out);
};
