import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { InvalidAmount } from "../errors/InvalidAmount";
import { readMoneyPair } from "../internal/readMoneyPair";
import type { Money } from "./Money";

/**
 * Orders two amounts of the same currency: `-1` when the first is smaller, `0` when equal,
 * `1` when larger. Amounts in different currencies are a {@link CurrencyMismatch} naming `right`.
 * A plain JS caller's value that is not a Money, or one beyond `MAX_AMOUNT_DIGITS`, is an
 * {@link InvalidAmount} naming `left` or `right`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { compareMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(compareMoney(makeMoney(2_500_000n, USD), makeMoney(7_500_000n, USD)))) // -1
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const compareMoney = (left: Money, right: Money): Result.Result<-1 | 0 | 1, CurrencyMismatch | InvalidAmount> =>
  Result.map(readMoneyPair(left, right), ([a, b]) =>
    a.minorUnits < b.minorUnits ? -1 : a.minorUnits > b.minorUnits ? 1 : 0,
  );
