import type { RoundingMode } from "./RoundingMode";

/**
 * Rounds down, toward negative infinity (2.9 → 2, −2.1 → −3).
 *
 * @example
 * ```ts
 * import { floor } from "@unsms/core"
 *
 * console.log(floor(29n, 10n), floor(-21n, 10n)) // 2n -3n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const floor: RoundingMode = (numerator, denominator) => {
  const quotient = numerator / denominator;
  return numerator % denominator < 0n ? quotient - 1n : quotient;
};
