import * as Result from "effect/Result";
import type { Currency } from "../currency/Currency";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import { sameCurrency } from "../internal/sameCurrency";
import type { Money } from "./Money";

/**
 * Adds up any number of amounts exactly. The currency is given, so an empty list sums to
 * zero in it; an amount in another currency is a {@link CurrencyMismatch} naming its index.
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
export const sumMoney = (currency: Currency, amounts: Iterable<Money>): Result.Result<Money, CurrencyMismatch> => {
  const total: Money = { minorUnits: 0n, currency };
  let minorUnits = 0n;
  let index = 0;
  for (const amount of amounts) {
    const check = sameCurrency(total, amount, `$[${index}]`);
    if (Result.isFailure(check)) return Result.fail(check.failure);
    minorUnits += amount.minorUnits;
    index += 1;
  }
  return Result.succeed({ minorUnits, currency });
};
