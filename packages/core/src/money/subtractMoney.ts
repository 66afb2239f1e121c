import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { InvalidAmount } from "../errors/InvalidAmount";
import { limitMoney } from "../internal/limitMoney";
import { readMoneyPair } from "../internal/readMoneyPair";
import type { Money } from "./Money";

/**
 * Subtracts the second amount from the first, exactly; amounts in different currencies
 * are a {@link CurrencyMismatch} naming `right`.
 * A plain JS caller's value that is not a Money, or one beyond `MAX_AMOUNT_DIGITS`, is an
 * {@link InvalidAmount} naming `left` or `right`; so is a difference beyond it, naming `right`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { subtractMoney, formatMoney, parseMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const due = Result.getOrThrow(parseMoney("25000000.00", USD))
 * const paid = Result.getOrThrow(parseMoney("14000000.00", USD))
 * console.log(formatMoney(Result.getOrThrow(subtractMoney(due, paid)))) // "11000000.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const subtractMoney = (left: Money, right: Money): Result.Result<Money, CurrencyMismatch | InvalidAmount> =>
  Result.flatMap(readMoneyPair(left, right), ([a, b]) =>
    limitMoney(a.minorUnits - b.minorUnits, a, "right", "an amount whose difference with left has", "the difference"),
  );
