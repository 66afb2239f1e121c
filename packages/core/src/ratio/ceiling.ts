import { roundingMode } from "../internal/roundingMode";
import type { RoundingMode } from "./RoundingMode";

/**
 * Rounds up, toward positive infinity (2.1 → 3, −2.9 → −2): the rounding of "how many
 * people are needed", where a fraction of a person is a whole one more.
 * A zero or non-`bigint` operand from a plain JS caller gives `0n`; a negative whole is moved to the part; nothing is thrown.
 *
 * @example
 * ```ts
 * import { ceiling } from "@unsms/core"
 *
 * // 24 hours ÷ 8-hour shifts × relief factor 1.6 = 4.8 people → 5
 * console.log(ceiling(48n, 10n), ceiling(-29n, 10n)) // 5n -2n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const ceiling: RoundingMode = /* @__PURE__ */ roundingMode((numerator, denominator) => {
  const quotient = numerator / denominator;
  return numerator % denominator > 0n ? quotient + 1n : quotient;
});
