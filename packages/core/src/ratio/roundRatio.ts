import { powerOfTen } from "../internal/powerOfTen";
import { halfUp } from "./halfUp";
import type { Ratio } from "./Ratio";
import type { RoundingMode } from "./RoundingMode";

/**
 * The ratio rounded to `places` decimal places, as the scaled integer
 * `round(ratio × 10^places)` (so 0.696 at 1 place is `7n`, meaning 0.7), under a rounding
 * mode ({@link halfUp} by default). Exact: no floating point anywhere. `places` is clamped to
 * 0–100.
 *
 * @example
 * ```ts
 * import { ceiling, makeRatio, roundRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const filled = Result.getOrThrow(makeRatio(28, 43)) // ¶17: 28 of 43 posts filled
 * console.log(roundRatio(filled, 2)) // 65n
 * console.log(roundRatio(Result.getOrThrow(makeRatio(24, 5)), 0, ceiling)) // 5n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const roundRatio = (ratio: Ratio, places = 0, mode: RoundingMode = halfUp): bigint =>
  mode(ratio.numerator * powerOfTen(Math.min(100, Math.max(0, Math.trunc(places)))), ratio.denominator);
