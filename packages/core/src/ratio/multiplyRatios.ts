import { normalizeRatio } from "../internal/normalizeRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact product of two ratios.
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
export const multiplyRatios = (a: Ratio, b: Ratio): Ratio =>
  normalizeRatio(a.numerator * b.numerator, a.denominator * b.denominator);
