import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import { sameCurrency } from "../internal/sameCurrency";
import type { Money } from "./Money";

/**
 * Orders two amounts of the same currency: `-1` when the first is smaller, `0` when equal,
 * `1` when larger. Amounts in different currencies are a {@link CurrencyMismatch}.
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
export const compareMoney = (left: Money, right: Money): Result.Result<-1 | 0 | 1, CurrencyMismatch> =>
  Result.map(sameCurrency(left, right), () =>
    left.minorUnits < right.minorUnits ? -1 : left.minorUnits > right.minorUnits ? 1 : 0,
  );
