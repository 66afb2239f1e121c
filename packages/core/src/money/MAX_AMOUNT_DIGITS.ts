/**
 * The most digits an amount has before its decimal point, in major units: 30, our choice.
 * World GDP in minor units has about 17 digits, so no budget comes near it; it keeps the
 * work and the output of a document linear in its size, where the decimal text of a huge
 * number is not. Its minor units therefore have at most 30 digits plus the currency's
 * exponent (32 for USD). {@link parseMoney} and `DecimalAmountSchema` refuse a longer text;
 * every other money function refuses a {@link Money} beyond it, and a sum or difference that
 * would leave it, with an {@link InvalidAmount}.
 *
 * @example
 * ```ts
 * import { MAX_AMOUNT_DIGITS, parseMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(MAX_AMOUNT_DIGITS) // 30
 * console.log(Result.isSuccess(parseMoney("9".repeat(MAX_AMOUNT_DIGITS) + ".99", USD))) // true
 * console.log(Result.isSuccess(parseMoney("1" + "0".repeat(MAX_AMOUNT_DIGITS), USD))) // false
 * ```
 *
 * @category money
 * @since 0.2.0
 */
export const MAX_AMOUNT_DIGITS = 30;
