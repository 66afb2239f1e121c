import { normalizeRatio } from "../internal/normalizeRatio";
import { notARatio } from "../internal/notARatio";
import { readRatio } from "../internal/readRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact product of two ratios.
 * A plain JS caller's value that is not a Ratio gives the not-a-ratio 0/0 (which `formatRatio` prints `"NaN"`); nothing is thrown.
 *
 * @example
 * ```ts
 * import { makeRatio, multiplyRatios } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // three 8-hour shifts a day, times a relief factor of 1.6
 * const shifts = Result.getOrThrow(makeRatio(3, 1))
 * const relief = Result.getOrThrow(makeRatio(16, 10))
 * console.log(multiplyRatios(shifts, relief)) // { numerator: 24n, denominator: 5n }
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const multiplyRatios = (a: Ratio, b: Ratio): Ratio => {
  const x = readRatio(a);
  const y = readRatio(b);
  return x === undefined || y === undefined
    ? notARatio
    : normalizeRatio(x.numerator * y.numerator, x.denominator * y.denominator);
};
