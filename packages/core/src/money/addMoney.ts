import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { InvalidAmount } from "../errors/InvalidAmount";
import { limitMoney } from "../internal/limitMoney";
import { readMoneyPair } from "../internal/readMoneyPair";
import type { Money } from "./Money";

/**
 * Adds two amounts of the same currency exactly; amounts in different currencies are a
 * {@link CurrencyMismatch} naming `right`.
 * A plain JS caller's value that is not a Money, or one beyond `MAX_AMOUNT_DIGITS`, is an
 * {@link InvalidAmount} naming `left` or `right`; so is a sum beyond it, naming `right`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { addMoney, formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶56(a): US$ 33 400 under section 33 plus US$ 6 800 under section 35
 * const total = Result.getOrThrow(addMoney(makeMoney(3_340_000n, USD), makeMoney(680_000n, USD)))
 * console.log(formatMoney(total)) // "40200.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const addMoney = (left: Money, right: Money): Result.Result<Money, CurrencyMismatch | InvalidAmount> =>
  Result.flatMap(readMoneyPair(left, right), ([a, b]) =>
    limitMoney(a.minorUnits + b.minorUnits, a, "right", "an amount whose sum with left has", "the sum"),
  );
