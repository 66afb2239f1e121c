import type { Currency } from "../currency/Currency";

/**
 * Says in words which decimal strings a currency accepts.
 *
 * @internal
 */
export const describeExpectedDecimal = (currency: Currency): string =>
  currency.exponent === 0
    ? `a whole number of ${currency.code} without decimals, like "1500"`
    : `a decimal number of ${currency.code} with at most ${currency.exponent} decimal${currency.exponent === 1 ? "" : "s"}, like "1500.${"0".repeat(currency.exponent)}"`;
