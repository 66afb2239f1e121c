import type { Currency } from "../currency/Currency";

/**
 * An exact amount of money: a whole number of minor units (cents, fils, yen) in `bigint`,
 * and its currency. Never a floating-point number, so nothing is lost above 2^53.
 *
 * Its JSON form is the decimal string in major units ({@link formatMoney}), e.g.
 * `"33400.00"`.
 *
 * @example
 * ```ts
 * import type { Money } from "@unsms/core"
 * import { USD } from "@unsms/core"
 *
 * const withheld: Money = { minorUnits: 1_100_000_000n, currency: USD } // US$ 11 million
 * console.log(withheld.minorUnits)
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export interface Money {
  /** The amount in minor units of the currency (US$ 1.00 is `100n`). */
  readonly minorUnits: bigint;
  /** The currency, with its exponent. */
  readonly currency: Currency;
}
