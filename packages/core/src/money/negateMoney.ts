import * as Result from "effect/Result";
import { readMoney } from "../internal/readMoney";
import type { Money } from "./Money";

/**
 * The same amount with the opposite sign (a charge becomes a refund).
 * A plain JS caller's value that is not a Money, or one beyond `MAX_AMOUNT_DIGITS` (30 digits before
 * the decimal point), gives zero in `XXX`, ISO 4217's code for "no
 * currency"; nothing is thrown.
 *
 * @example
 * ```ts
 * import { negateMoney, formatMoney, makeMoney, USD } from "@unsms/core"
 *
 * console.log(formatMoney(negateMoney(makeMoney(680_000n, USD)))) // "-6800.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const negateMoney = (amount: Money): Money => {
  const read = readMoney(amount, "amount");
  return Result.isSuccess(read)
    ? { minorUnits: -read.success.minorUnits, currency: read.success.currency }
    : { minorUnits: 0n, currency: { code: "XXX", exponent: 0 } };
};
