import {
  getCurrency,
  type DecodeError,
  parseMoney,
  type Currency,
  type InvalidAmount,
  type Money,
  type UnknownCurrency,
} from "@unsms/core";
import * as Result from "effect/Result";
import type { Formula, Tier } from "../formula/Formula";
import type { Payment } from "../payments/Payment";
import { decodeCostShareRequest } from "./decodeCostShareRequest";
import type { CostShareRequest } from "./CostShareRequest";

type ReadError = DecodeError | InvalidAmount | UnknownCurrency;

const all = <A>(results: ReadonlyArray<Result.Result<A, ReadError>>): Result.Result<Array<A>, ReadError> => {
  const values: Array<A> = [];
  for (const result of results) {
    if (Result.isFailure(result)) return Result.fail(result.failure);
    values.push(result.success);
  }
  return Result.succeed(values);
};

const percentToRate = (text: string): { numerator: bigint; denominator: bigint } => {
  const [whole = "0", fraction = ""] = text.split(".");
  return { numerator: BigInt(whole + fraction), denominator: 100n * 10n ** BigInt(fraction.length) };
};

/**
 * Reads a `cost-share` request from untyped JSON ({@link CostShareRequestSchema}): checks
 * it, resolves the currency, and reads every amount exactly in it. Every problem comes
 * back as a value: a `DecodeError` listing each with its path, an `UnknownCurrency`, or
 * an `InvalidAmount` for an amount with too many decimals. The participants are checked by
 * a loop compiled from `ParticipantSchema` (the one definition; zod words the problems
 * when there are any), so a million of them decode in about the time `JSON.parse` took to
 * read them.
 *
 * @example
 * ```ts
 * import { readCostShareRequest } from "@unsms/cost-sharing/schema"
 * import * as Result from "effect/Result"
 *
 * const request = Result.getOrThrow(
 *   readCostShareRequest({
 *     currency: "USD",
 *     total: "400000000.00",
 *     participants: [{ id: "UNDP", headcount: 1234 }],
 *     formula: { kind: "floor", minimum: "75000.00" },
 *   }),
 * )
 * console.log(request.total.minorUnits) // 40000000000n
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export const readCostShareRequest = (
  input: unknown,
): Result.Result<CostShareRequest, DecodeError | InvalidAmount | UnknownCurrency> =>
  Result.flatMap(decodeCostShareRequest(input), (json) =>
    Result.flatMap(getCurrency(json.currency), (currency: Currency) => {
      const money = (text: string, path: string): Result.Result<Money, ReadError> => parseMoney(text, currency, path);
      const formula: Result.Result<Formula | undefined, ReadError> =
        json.formula === undefined || json.formula.kind === "proportional"
          ? Result.succeed(json.formula === undefined ? undefined : { kind: "proportional" })
          : json.formula.kind === "floor"
            ? Result.map(money(json.formula.minimum, "$.formula.minimum"), (minimum): Formula => ({
                kind: "floor",
                minimum,
              }))
            : Result.map(
                all(
                  json.formula.tiers.map((tier, index) =>
                    Result.map(money(tier.amount, `$.formula.tiers[${index}].amount`), (amount): Tier => ({
                      below: percentToRate(tier.belowPercent),
                      amount,
                    })),
                  ),
                ),
                (tiers): Formula => ({ kind: "tiers", tiers }),
              );
      const payments = all(
        (json.payments ?? []).map((payment, index) =>
          "paid" in payment
            ? Result.map(money(payment.paid, `$.payments[${index}].paid`), (paid): Payment => ({
                id: payment.id,
                paid,
              }))
            : Result.map(money(payment.withheld, `$.payments[${index}].withheld`), (withheld): Payment => ({
                id: payment.id,
                withheld,
              })),
        ),
      );
      return Result.flatMap(money(json.total, "$.total"), (total) =>
        Result.flatMap(formula, (f) =>
          Result.map(payments, (p): CostShareRequest => ({
            total,
            participants: json.participants,
            ...(f === undefined ? {} : { formula: f }),
            ...(json.payments === undefined ? {} : { payments: p }),
          })),
        ),
      );
    }),
  );
