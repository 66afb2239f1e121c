import { roundingMode } from "../internal/roundingMode";
import type { RoundingMode } from "./RoundingMode";

/**
 * Rounds to the nearest integer, halves away from zero (2.5 → 3, −2.5 → −3): the rounding of
 * the report's percentages (A/61/531 ¶17: 28 of 43 posts filled, "65 per cent") and the
 * default of every unsms rounding.
 * A zero or non-`bigint` operand from a plain JS caller gives `0n`; a negative whole is moved to the part; nothing is thrown.
 *
 * @example
 * ```ts
 * import { halfUp } from "@unsms/core"
 *
 * console.log(halfUp(5n, 2n), halfUp(-5n, 2n), halfUp(7n, 3n)) // 3n -3n 2n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const halfUp: RoundingMode = /* @__PURE__ */ roundingMode((numerator, denominator) => {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  return twice >= denominator ? quotient + (numerator < 0n ? -1n : 1n) : quotient;
});
