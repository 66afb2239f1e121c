import * as Result from "effect/Result";
import { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { Money } from "../money/Money";

/**
 * Succeeds with nothing when both amounts share a currency (code and exponent).
 *
 * @internal
 */
export const sameCurrency = (left: Money, right: Money, path = "$"): Result.Result<void, CurrencyMismatch> =>
  left.currency.code === right.currency.code && left.currency.exponent === right.currency.exponent
    ? Result.void
    : Result.fail(
        new CurrencyMismatch({
          message: `${path}: cannot combine ${left.currency.code} with ${right.currency.code}; convert explicitly first`,
          path,
          expected: `an amount in ${left.currency.code}`,
          received: `an amount in ${right.currency.code}`,
        }),
      );
