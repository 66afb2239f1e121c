import { roundingMode } from "../internal/roundingMode";
import type { RoundingMode } from "./RoundingMode";

/**
 * Rounds down, toward negative infinity (2.9 → 2, −2.1 → −3).
 * A zero or non-`bigint` operand from a plain JS caller gives `0n`; a negative whole is moved to the part; nothing is thrown.
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
export const floor: RoundingMode = /* @__PURE__ */ roundingMode((numerator, denominator) => {
  const quotient = numerator / denominator;
  return numerator % denominator < 0n ? quotient - 1n : quotient;
});
