import { normalizeRatio } from "../internal/normalizeRatio";
import { notARatio } from "../internal/notARatio";
import { readRatio } from "../internal/readRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact difference `a − b` of two ratios.
 * A plain JS caller's value that is not a Ratio gives the not-a-ratio 0/0 (which `formatRatio` prints `"NaN"`); nothing is thrown.
 *
 * @example
 * ```ts
 * import { makeRatio, subtractRatios } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶19: 250 international posts, 174 filled — the vacant share
 * const all = Result.getOrThrow(makeRatio(1, 1))
 * const filled = Result.getOrThrow(makeRatio(174, 250))
 * console.log(subtractRatios(all, filled)) // { numerator: 38n, denominator: 125n }
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const subtractRatios = (a: Ratio, b: Ratio): Ratio => {
  const x = readRatio(a);
  const y = readRatio(b);
  return x === undefined || y === undefined
    ? notARatio
    : normalizeRatio(x.numerator * y.denominator - y.numerator * x.denominator, x.denominator * y.denominator);
};
