import { makeSplitSmallKeyed } from "./makeSplitSmallKeyed";
import { splitLargeNumbers } from "./splitLargeNumbers";

/**
 * The number paths of the largest remainder split by `weights` (adding up to `whole > 0`),
 * made once and returned as a function that writes the split of `t ≥ 0` minor units into
 * `out` (ties to the lower index): the keyed quickselect of `makeSplitSmallKeyed` for at
 * most 256 weights adding up to at most 2^23, the radix selection of `splitLargeNumbers`
 * otherwise. The caller owns `weights` and never changes them, and checks `t × maxWeight +
 * whole ≤ 2^53` (`fitsNumbers`) before each call.
 *
 * @internal
 */
export const makeSplitNumbersInto = (weights: Float64Array, whole: number): ((t: number, out: Float64Array) => void) =>
  makeSplitSmallKeyed(weights, whole) ??
  ((t, out) => {
    splitLargeNumbers(t, weights, whole, undefined, out);
  });
