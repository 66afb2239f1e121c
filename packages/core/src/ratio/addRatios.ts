import { normalizeRatio } from "../internal/normalizeRatio";
import { notARatio } from "../internal/notARatio";
import { readRatio } from "../internal/readRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact sum of two ratios.
 * A plain JS caller's value that is not a Ratio gives the not-a-ratio 0/0 (which `formatRatio` prints `"NaN"`); nothing is thrown.
 *
 * @example
 * ```ts
 * import { addRatios, makeRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const half = Result.getOrThrow(makeRatio(1, 2))
 * const third = Result.getOrThrow(makeRatio(1, 3))
 * console.log(addRatios(half, third)) // { numerator: 5n, denominator: 6n }
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const addRatios = (a: Ratio, b: Ratio): Ratio => {
  const x = readRatio(a);
  const y = readRatio(b);
  return x === undefined || y === undefined
    ? notARatio
    : normalizeRatio(x.numerator * y.denominator + y.numerator * x.denominator, x.denominator * y.denominator);
};
