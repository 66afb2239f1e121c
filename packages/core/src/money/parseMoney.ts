import * as Result from "effect/Result";
import type { Currency } from "../currency/Currency";
import { InvalidAmount } from "../errors/InvalidAmount";
import { describeAmountLimit } from "../internal/describeAmountLimit";
import { powerOfTen } from "../internal/powerOfTen";
import { describeExpectedDecimal } from "../internal/describeExpectedDecimal";
import { describeValue } from "../errors/describeValue";
import { makeIssue } from "../errors/makeIssue";
import { readCurrency } from "../internal/readCurrency";
import { MAX_AMOUNT_DIGITS } from "./MAX_AMOUNT_DIGITS";
import type { Money } from "./Money";

const decimalPattern = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/**
 * Reads a decimal string in major units ("33400.00", "-0.01", "75000") exactly, in the
 * given currency. At most as many decimals as the currency has (two for USD, none for JPY,
 * three for KWD); fewer are padded. Exponents ("1e3"), signs other than a leading minus,
 * leading zeros, separators, blanks, "NaN" and the empty string are errors, and so is an
 * amount of more than {@link MAX_AMOUNT_DIGITS} (30) digits before its decimal point, refused
 * before any of it is converted.
 * An amount it cannot read is an {@link InvalidAmount} at `path`: by default `text`, the
 * argument's name; a reader of a document passes where the text is (`"$.total"`). A plain JS
 * caller's currency that is not one is an {@link InvalidAmount} naming `currency`; nothing is
 * thrown.
 *
 * @example
 * ```ts
 * import { parseMoney, formatMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const withheld = Result.getOrThrow(parseMoney("11000000", USD))
 * console.log(withheld.minorUnits) // 1100000000n
 * const refused = parseMoney("12.345", USD, "$.total")
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "$.total"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const parseMoney = (text: string, currency: Currency, path = "text"): Result.Result<Money, InvalidAmount> => {
  const where = typeof path === "string" ? path : "text";
  const read = readCurrency(currency);
  if (read === undefined)
    return Result.fail(new InvalidAmount(makeIssue("currency", "an ISO 4217 currency", describeValue(currency))));
  const match = typeof text === "string" ? decimalPattern.exec(text) : null;
  const fraction = match?.[3] ?? "";
  if (match === null || fraction.length > read.exponent) {
    const expected = describeExpectedDecimal({ code: read.code, exponent: read.exponent });
    return Result.fail(
      new InvalidAmount({
        message: `${where}: ${describeValue(text)} is not an amount in ${read.code}: expected ${expected}`,
        path: where,
        expected,
        received: describeValue(text),
      }),
    );
  }
  const [, sign, whole = "0"] = match;
  if (whole.length > MAX_AMOUNT_DIGITS) {
    const expected = `an amount in ${read.code} of ${describeAmountLimit()}`;
    return Result.fail(new InvalidAmount(makeIssue(where, expected, describeValue(text))));
  }
  const magnitude = BigInt(whole) * powerOfTen(read.exponent) + BigInt(fraction.padEnd(read.exponent, "0") || "0");
  return Result.succeed({ minorUnits: sign === "-" ? -magnitude : magnitude, currency: read.currency });
};
