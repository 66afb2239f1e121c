/**
 * An ISO 4217 currency: its three-letter code and its exponent, the number of decimals of
 * its minor unit (USD 2, JPY 0, KWD 3).
 *
 * @example
 * ```ts
 * import type { Currency } from "@unsms/core"
 *
 * const chf: Currency = { code: "CHF", exponent: 2 }
 * console.log(chf.exponent)
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export interface Currency {
  /** The ISO 4217 alphabetic code, e.g. `"USD"`. */
  readonly code: string;
  /** Decimals of the minor unit: 2 for cents, 0 for yen, 3 for fils. */
  readonly exponent: number;
}
