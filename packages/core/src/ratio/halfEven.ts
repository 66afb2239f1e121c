import { roundingMode } from "../internal/roundingMode";
import type { RoundingMode } from "./RoundingMode";

/**
 * Rounds to the nearest integer, halves to the even neighbour (2.5 → 2, 3.5 → 4): banker's
 * rounding, for an agency whose rules ask for it.
 * A zero or non-`bigint` operand from a plain JS caller gives `0n`; a negative whole is moved to the part; nothing is thrown.
 *
 * @example
 * ```ts
 * import { halfEven } from "@unsms/core"
 *
 * console.log(halfEven(5n, 2n), halfEven(7n, 2n), halfEven(-5n, 2n)) // 2n 4n -2n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const halfEven: RoundingMode = /* @__PURE__ */ roundingMode((numerator, denominator) => {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  const away = quotient + (numerator < 0n ? -1n : 1n);
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : away;
});
