import * as z from "zod";
import { MAX_AMOUNT_DIGITS } from "./MAX_AMOUNT_DIGITS";

/**
 * Schema of an amount as it travels in JSON: a plain decimal string in major units, such
 * as `"400000000.00"` or `"-0.01"`, of at most {@link @unsms/core!index.MAX_AMOUNT_DIGITS | MAX_AMOUNT_DIGITS}
 * (30) digits before its decimal point. Whether its decimals fit the currency is checked by
 * {@link @unsms/core!index.parseMoney | parseMoney}, which knows the currency.
 *
 * @example
 * ```ts
 * import { decode, DecimalAmountSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(DecimalAmountSchema, "75000.00"))) // true
 * console.log(Result.isSuccess(decode(DecimalAmountSchema, "1e3"))) // false
 * console.log(Result.isSuccess(decode(DecimalAmountSchema, "1" + "0".repeat(30)))) // false
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const DecimalAmountSchema = z
  .string()
  .regex(/^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/, { message: 'a decimal amount in major units, like "75000.00"' })
  .regex(/* @__PURE__ */ new RegExp(`^(?!-?[0-9]{${MAX_AMOUNT_DIGITS + 1}})`), {
    message: `a decimal amount of at most ${MAX_AMOUNT_DIGITS} digits before the decimal point`,
  });
