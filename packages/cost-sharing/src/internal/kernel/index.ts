/**
 * The apportionment kernel, behind this one internal entry: the largest remainder split of
 * a total by integer weights, exact, in linear time (how and why: `docs/performance.md`).
 * The public functions import from here and from nowhere else inside `kernel/`.
 *
 * - `splitUnits`: any total, numbers while `|total| × max weight + Σw ≤ 2^53`, bigints
 *   beyond; ties to the lower index or by a comparator (ids).
 * - `splitNumbersInto`: the number paths written into a caller's Float64Array.
 * - `fitsNumbers`: whether the number paths are exact for a total.
 *
 * @internal
 */
export { fitsNumbers } from "./fitsNumbers";
export { KEYED_MAX_WEIGHTS, KEYED_MAX_WHOLE } from "./splitSmallKeyed";
export { splitNumbersInto } from "./splitNumbersInto";
export { splitUnits } from "./splitUnits";
