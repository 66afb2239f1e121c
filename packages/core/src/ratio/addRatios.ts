import { normalizeRatio } from "../internal/normalizeRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact sum of two ratios.
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
export const addRatios = (a: Ratio, b: Ratio): Ratio =>
  normalizeRatio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
