import { normalizeRatio } from "../internal/normalizeRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact difference `a − b` of two ratios.
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
export const subtractRatios = (a: Ratio, b: Ratio): Ratio =>
  normalizeRatio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);
