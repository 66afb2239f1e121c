import { isWithinAmountLimit } from "../internal/isWithinAmountLimit";
import { isExponent } from "../internal/readCurrency";
import type { Money } from "./Money";

/**
 * Whether a value is a {@link Money} that core's money functions take: `minorUnits` a
 * bigint of at most `MAX_AMOUNT_DIGITS` (30) digits before the decimal point, and a currency
 * with a string code and a whole exponent from 0 to 18. The guard for a value from a plain
 * JS caller, as `makeMoney` checks nothing; it never throws (a getter or a proxy that throws
 * makes it false) and reads each field once. It does not look the code up in ISO 4217
 * (`getCurrency` does).
 *
 * @example
 * ```ts
 * import { isMoney, makeMoney, MAX_AMOUNT_DIGITS, USD } from "@unsms/core"
 *
 * console.log(isMoney(makeMoney(40_000_000_000n, USD))) // true
 * // minor units as a number, not a bigint
 * console.log(isMoney({ minorUnits: 400, currency: USD })) // false
 * // one digit past the limit, in cents
 * console.log(isMoney(makeMoney(10n ** BigInt(MAX_AMOUNT_DIGITS + 2), USD))) // false
 * ```
 *
 * @category money
 * @since 0.2.0
 */
export const isMoney = (value: unknown): value is Money => {
  try {
    // null or undefined throws here, as a throwing getter or proxy does: not a Money
    const { minorUnits, currency } = value as { readonly minorUnits?: unknown; readonly currency?: unknown };
    const { code, exponent } = currency as { readonly code?: unknown; readonly exponent?: unknown };
    return (
      typeof minorUnits === "bigint" &&
      typeof code === "string" &&
      isExponent(exponent) &&
      isWithinAmountLimit(minorUnits, exponent)
    );
  } catch {
    return false;
  }
};
