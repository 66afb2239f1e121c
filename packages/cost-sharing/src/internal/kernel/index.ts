/**
 * The apportionment kernel, behind this one internal entry: the largest remainder split of
 * a total by integer weights, exact, in linear time (expected linear, and O(n log n) at
 * worst, where a quickselect decides: up to 256 weights, and for weights adding up to more
 * than 2^26 with a total beyond 2^53; how and why: `docs/performance.md`).
 * The public functions import from here and from nowhere else inside `kernel/`.
 *
 * - `splitUnits`: any total, numbers while `|total| × max weight + Σw ≤ 2^53`, bigints
 *   beyond; ties to the lower index or by a comparator (ids).
 * - `makeSplitNumbersInto`: the number paths, made once for an apportioner's weights,
 *   written into a caller's Float64Array.
 * - `fitsNumbers`: whether the number paths are exact for a total.
 *
 * @internal
 */
export { fitsNumbers } from "./fitsNumbers";
export { makeSplitNumbersInto } from "./makeSplitNumbersInto";
export { splitUnits } from "./splitUnits";
