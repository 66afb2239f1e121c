import * as Result from "effect/Result";
import type { Currency } from "../currency/Currency";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import { InvalidAmount } from "../errors/InvalidAmount";
import { makeIssue } from "../errors/makeIssue";
import { describeValue } from "../errors/describeValue";
import { readCurrency } from "../internal/readCurrency";
import { limitMoney } from "../internal/limitMoney";
import { readMoney } from "../internal/readMoney";
import { sameCurrency } from "../internal/sameCurrency";
import type { Money } from "./Money";

/**
 * Adds up any number of amounts exactly. The currency is given, so an empty list sums to
 * zero in it; an amount in another currency is a {@link CurrencyMismatch} whose path names
 * it by the argument and its index (`amounts[2]`).
 * A plain JS caller's value that is not a currency, not an iterable or not a Money is an {@link InvalidAmount};
 * so is an amount beyond `MAX_AMOUNT_DIGITS` (at `amounts[2].minorUnits`) and a total beyond it (at
 * `amounts`); nothing is thrown.
 *
 * @example
 * ```ts
 * import { sumMoney, formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const parts = [makeMoney(3_340_000n, USD), makeMoney(680_000n, USD), makeMoney(-680_000n, USD)]
 * console.log(formatMoney(Result.getOrThrow(sumMoney(USD, parts)))) // "33400.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const sumMoney = (
  currency: Currency,
  amounts: Iterable<Money>,
): Result.Result<Money, CurrencyMismatch | InvalidAmount> => {
  const total = readCurrency(currency);
  if (total === undefined)
    return Result.fail(new InvalidAmount(makeIssue("currency", "an ISO 4217 currency", describeValue(currency))));
  let minorUnits = 0n;
  let index = 0;
  try {
    for (const amount of amounts) {
      const read = readMoney(amount, `amounts[${index}]`);
      if (Result.isFailure(read)) return Result.fail(read.failure);
      const check = sameCurrency(total, read.success, `amounts[${index}]`);
      if (Result.isFailure(check)) return Result.fail(check.failure);
      minorUnits += read.success.minorUnits;
      index += 1;
    }
  } catch {
    return Result.fail(new InvalidAmount(makeIssue("amounts", "an iterable of Money", describeValue(amounts))));
  }
  return limitMoney(minorUnits, total, "amounts", "amounts whose total has", "the total");
};
