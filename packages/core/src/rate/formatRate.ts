import { formatRatio } from "../ratio/formatRatio";
import type { Rate } from "./Rate";

/**
 * Prints a rate as a percentage the way the report does: rounded half-up (halves away from
 * zero) to exactly `decimals` decimals, computed on integers, never through floating point
 * (174 of 250 → `"69.6"`, 1 536 of 1 830 at 0 decimals → `"84"`, 16 of 30 → `"53.3"`).
 * Negative decimals count as 0. A rate that rounds to zero prints without sign. The same as
 * {@link formatRatio} with `as: "percent"`; a zero whole (possible only from untyped code,
 * since {@link makeRate} refuses it) prints `"NaN"`, never a silent `"0"`.
 *
 * @example
 * ```ts
 * import { formatRate } from "@unsms/core"
 *
 * console.log(formatRate({ numerator: 16n, denominator: 30n }, 1)) // "53.3"
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const formatRate = (value: Rate, decimals = 0): string =>
  formatRatio(value, { places: decimals, as: "percent" });
