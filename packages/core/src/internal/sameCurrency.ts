import * as Result from "effect/Result";
import { CurrencyMismatch } from "../errors/CurrencyMismatch";
import type { ReadCurrency } from "./readCurrency";

/**
 * Two amounts (as read) are in one currency, or a {@link CurrencyMismatch} at `path`, the
 * argument (and index) of the second.
 *
 * @internal
 */
export const sameCurrency = (
  left: ReadCurrency,
  right: ReadCurrency,
  path: string,
): Result.Result<void, CurrencyMismatch> =>
  left.code === right.code && left.exponent === right.exponent
    ? Result.void
    : Result.fail(
        new CurrencyMismatch({
          message: `${path}: cannot combine ${left.code} with ${right.code}; convert explicitly first`,
          path,
          expected: `an amount in ${left.code}`,
          received: `an amount in ${right.code}`,
        }),
      );
