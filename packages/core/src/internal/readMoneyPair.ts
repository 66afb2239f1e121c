import * as Result from "effect/Result";
import type { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { InvalidAmount } from "../errors/InvalidAmount";
import { type ReadMoney, readMoney } from "./readMoney";
import { sameCurrency } from "./sameCurrency";

/**
 * The two operands of a money operation, read (an {@link InvalidAmount} naming `left` or
 * `right` when one is not a Money) and in one currency (else a {@link CurrencyMismatch}
 * naming `right`, the amount that is not in the currency of `left`).
 *
 * @internal
 */
export const readMoneyPair = (
  left: unknown,
  right: unknown,
): Result.Result<readonly [ReadMoney, ReadMoney], CurrencyMismatch | InvalidAmount> =>
  Result.gen(() => moneyPairOf(left, right));

/** Both operands read, then checked to share one currency: the steps of {@link readMoneyPair}. */
function* moneyPairOf(left: unknown, right: unknown) {
  const a = yield* readMoney(left, "left");
  const b = yield* readMoney(right, "right");
  yield* sameCurrency(a, b, "right");
  return [a, b] as const;
}
