import { powerOfTen } from "../internal/powerOfTen";
import { readPlaces } from "../internal/readPlaces";
import { readRatio } from "../internal/readRatio";
import { halfUp } from "./halfUp";
import type { Ratio } from "./Ratio";
import type { RoundingMode } from "./RoundingMode";

/**
 * The ratio rounded to `places` decimal places, as the scaled integer
 * `round(ratio × 10^places)` (so 0.696 at 1 place is `7n`, meaning 0.7), under a rounding
 * mode ({@link halfUp} by default). Exact: no floating point anywhere. `places` is clamped to
 * 0–100.
 * A plain JS caller's value that is not a Ratio, or a rounding mode that throws or gives no `bigint`, gives `0n`; a `places` that is not a number counts as 0; nothing is thrown.
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
export const roundRatio = (ratio: Ratio, places = 0, mode: RoundingMode = halfUp): bigint => {
  const value = readRatio(ratio);
  if (value === undefined) return 0n;
  const round = typeof mode === "function" ? mode : halfUp;
  try {
    const rounded: unknown = round(value.numerator * powerOfTen(readPlaces(places)), value.denominator);
    return typeof rounded === "bigint" ? rounded : 0n;
  } catch {
    return 0n;
  }
};
