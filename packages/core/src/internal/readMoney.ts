import * as Result from "effect/Result";
import { InvalidAmount } from "../errors/InvalidAmount";
import { makeIssue } from "../errors/makeIssue";
import { describeValue } from "../errors/describeValue";
import { type ReadCurrency, readCurrency } from "./readCurrency";

/** An amount as read: its minor units and its currency as {@link readCurrency} read it. */
export interface ReadMoney extends ReadCurrency {
  readonly minorUnits: bigint;
}

/**
 * Reads a value as a `Money` with cheap structural checks — a `bigint` amount and a
 * currency (see {@link readCurrency}) — and never throws, whatever a plain JS caller passes
 * (a revoked proxy, throwing getters): an {@link InvalidAmount} at `path` when it is not one.
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
  return typeof minorUnits === "bigint" && currency !== undefined
    ? Result.succeed({ ...currency, minorUnits })
    : Result.fail(
        new InvalidAmount(
          makeIssue(path, "a Money (minorUnits a bigint, currency an ISO 4217 currency)", describeValue(value)),
        ),
      );
};
