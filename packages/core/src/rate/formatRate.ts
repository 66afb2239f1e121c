import * as Result from "effect/Result";
import { powerOfTen } from "../internal/powerOfTen";
import type { Rate } from "./Rate";
import { divideRoundHalfUp } from "./divideRoundHalfUp";

/**
 * Prints a rate as a percentage the way the report does: rounded half-up (halves away from
 * zero) to exactly `decimals` decimals, computed on integers, never through floating point
 * (174 of 250 → `"69.6"`, 1 536 of 1 830 at 0 decimals → `"84"`, 16 of 30 → `"53.3"`).
 * Negative decimals count as 0. A rate that rounds to zero prints without sign.
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
export const formatRate = (value: Rate, decimals = 0): string => {
  const places = Math.max(0, Math.trunc(decimals));
  const scaled = Result.getOrElse(
    divideRoundHalfUp(value.numerator * 100n * powerOfTen(places), value.denominator),
    () => 0n,
  );
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const scale = powerOfTen(places);
  const whole = (magnitude / scale).toString();
  const sign = negative ? "-" : "";
  return places === 0 ? `${sign}${whole}` : `${sign}${whole}.${(magnitude % scale).toString().padStart(places, "0")}`;
};
