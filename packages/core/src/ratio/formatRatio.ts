import { formatScaled } from "../internal/formatScaled";
import { readPlaces } from "../internal/readPlaces";
import { readRatio } from "../internal/readRatio";
import { halfUp } from "./halfUp";
import type { Ratio } from "./Ratio";
import type { RoundingMode } from "./RoundingMode";
import { roundRatio } from "./roundRatio";

/**
 * How {@link formatRatio} prints: decimal places (default 0), as a plain number or as a
 * percentage (×100, without the sign), and the rounding mode (default {@link halfUp}).
 *
 * @example
 * ```ts
 * import type { FormatRatioOptions } from "@unsms/core"
 *
 * const reportStyle: FormatRatioOptions = { places: 1, as: "percent" }
 * console.log(reportStyle.as) // "percent"
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export interface FormatRatioOptions {
  /** Decimal places printed; default 0. */
  readonly places?: number;
  /** `"plain"` prints the ratio (0.696), `"percent"` a hundred times it (69.6); default plain. */
  readonly as?: "plain" | "percent";
  /** How the last place is rounded; default {@link halfUp}. */
  readonly rounding?: RoundingMode;
}

/**
 * Prints a ratio as a decimal, exactly rounded: `formatRatio(174/250, { places: 1, as:
 * "percent" })` is `"69.6"`. No sign for a value that rounds to zero; `places` is clamped to 0–100. A value whose
 * denominator is not a positive integer cannot come from {@link makeRatio}; given one (from
 * untyped code), it prints `"NaN"` rather than a number it does not mean, as it does for options it cannot
 * read; nothing is thrown.
 *
 * @example
 * ```ts
 * import { formatRatio, makeRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const filled = Result.getOrThrow(makeRatio(16, 30)) // ¶21: 16 of 30 posts
 * console.log(formatRatio(filled, { places: 1, as: "percent" })) // "53.3"
 * console.log(formatRatio(filled, { places: 3 })) // "0.533"
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const formatRatio = (ratio: Ratio, options: FormatRatioOptions = {}): string => {
  const value = readRatio(ratio);
  if (value === undefined) return "NaN";
  let places = 0;
  let percent = false;
  let rounding: unknown;
  try {
    if (typeof options === "object" && options !== null) {
      places = readPlaces(options.places);
      percent = options.as === "percent";
      rounding = options.rounding;
    }
  } catch {
    return "NaN";
  }
  const scaled = percent ? { numerator: value.numerator * 100n, denominator: value.denominator } : value;
  return formatScaled(
    roundRatio(scaled, places, typeof rounding === "function" ? (rounding as RoundingMode) : halfUp),
    places,
  );
};
