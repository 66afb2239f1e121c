import * as Result from "effect/Result";
import { InvalidAmount } from "../errors/InvalidAmount";
import { makeIssue } from "../errors/makeIssue";
import { describeValue } from "../errors/describeValue";
import { describeAmountLimit } from "./describeAmountLimit";
import { isWithinAmountLimit } from "./isWithinAmountLimit";
import { MAX_AMOUNT_DIGITS } from "../money/MAX_AMOUNT_DIGITS";
import { type ReadCurrency, readCurrency } from "./readCurrency";

/** An amount as read: its minor units and its currency as {@link readCurrency} read it. */
export interface ReadMoney extends ReadCurrency {
  readonly minorUnits: bigint;
}

/**
 * Reads a value as a `Money` with cheap structural checks — a `bigint` amount and a
 * currency (see {@link readCurrency}) — and never throws, whatever a plain JS caller passes
 * (a revoked proxy, throwing getters): an {@link InvalidAmount} at `path` when it is not one,
 * and at `path.minorUnits` when it has more than {@link MAX_AMOUNT_DIGITS} digits before its
 * decimal point (described by its least number of digits, never printed in full).
 * Each field is read once.
 *
 * @internal
 */
export const readMoney = (value: unknown, path: string): Result.Result<ReadMoney, InvalidAmount> => {
  let minorUnits: unknown;
  let currency: ReadCurrency | undefined;
  try {
    if (typeof value === "object" && value !== null) {
      const fields = value as { readonly minorUnits?: unknown; readonly currency?: unknown };
      minorUnits = fields.minorUnits;
      currency = readCurrency(fields.currency);
    }
  } catch {
    currency = undefined;
  }
  if (typeof minorUnits === "bigint" && currency !== undefined) {
    // written out, not `{ ...currency, minorUnits }`: a spread followed by a new field takes
    // V8 (Node 20) about 2 µs, the literal 20 ns (docs/performance.md, "Object spreads")
    if (isWithinAmountLimit(minorUnits, currency.exponent))
      return Result.succeed({
        currency: currency.currency,
        code: currency.code,
        exponent: currency.exponent,
        minorUnits,
      });
    const digits = MAX_AMOUNT_DIGITS + currency.exponent;
    return Result.fail(
      new InvalidAmount(
        makeIssue(
          `${path}.minorUnits`,
          `an amount of ${describeAmountLimit()} (minorUnits of at most ${digits} digits, with ${currency.exponent} decimals)`,
          `a bigint of ${digits + 1} digits or more`,
        ),
      ),
    );
  }
  return Result.fail(
    new InvalidAmount(
      makeIssue(path, "a Money (minorUnits a bigint, currency an ISO 4217 currency)", describeValue(value)),
    ),
  );
};
