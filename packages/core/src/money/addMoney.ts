import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import { sameCurrency } from "../internal/sameCurrency";
import type { Money } from "./Money";

/**
 * Adds two amounts of the same currency exactly; amounts in different currencies are a
 * {@link CurrencyMismatch}.
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
export const addMoney = (left: Money, right: Money): Result.Result<Money, CurrencyMismatch> =>
  Result.map(sameCurrency(left, right), () => ({
    minorUnits: left.minorUnits + right.minorUnits,
    currency: left.currency,
  }));
