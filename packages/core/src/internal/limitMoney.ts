import * as Result from "effect/Result";
import { InvalidAmount } from "../errors/InvalidAmount";
import { makeIssue } from "../errors/makeIssue";
import type { Money } from "../money/Money";
import { describeAmountLimit } from "./describeAmountLimit";
import { formatScaled } from "./formatScaled";
import { isWithinAmountLimit } from "./isWithinAmountLimit";
import type { ReadCurrency } from "./readCurrency";

/**
 * The result of a money operation as a {@link Money}, or an {@link InvalidAmount} at `path`
 * when it leaves `MAX_AMOUNT_DIGITS`: `expected` says what `path` had to be, and the
 * result (`what`, such as `"the sum"`) is printed as received. Its operands were within the
 * limit, so the result has only a few more digits and printing it is cheap.
 *
 * @internal
 */
export const limitMoney = (
  minorUnits: bigint,
  read: ReadCurrency,
  path: string,
  expected: string,
  what: string,
): Result.Result<Money, InvalidAmount> =>
  isWithinAmountLimit(minorUnits, read.exponent)
    ? Result.succeed({ minorUnits, currency: read.currency })
    : Result.fail(
        new InvalidAmount(
          makeIssue(path, `${expected} ${describeAmountLimit()}`, `${what} ${formatScaled(minorUnits, read.exponent)}`),
        ),
      );
