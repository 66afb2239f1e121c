import {
  getCurrency,
  parseMoney,
  type Currency,
  type DecodeError,
  type InvalidAmount,
  type Money,
  type UnknownCurrency,
} from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as z from "zod";
import * as Result from "effect/Result";
import type { Formula, Tier } from "../formula/Formula";
import type { Payment } from "../payments/Payment";
import { ParticipantSchema } from "../apportion/ParticipantSchema";
import { compileParticipantsCheck } from "../internal/compileParticipantsCheck";
import type { CostShareRequest } from "./CostShareRequest";
import { CostShareRequestSchema } from "./CostShareRequestSchema";

type ReadError = DecodeError | InvalidAmount | UnknownCurrency;

const all = <A>(results: ReadonlyArray<Result.Result<A, ReadError>>): Result.Result<Array<A>, ReadError> => {
  const values: Array<A> = [];
  for (const result of results) {
    if (Result.isFailure(result)) return Result.fail(result.failure);
    values.push(result.success);
  }
  return Result.succeed(values);
};

type RequestJson = z.output<typeof CostShareRequestSchema>;

let fast:
  | {
      readonly participants: ReturnType<typeof compileParticipantsCheck<typeof ParticipantSchema>>;
      readonly rest: z.ZodType;
    }
  | undefined;

/**
 * The request decoded by the schema, with a fast path for the participants (a plain JSON
 * object whose participants all pass the check compiled from `ParticipantSchema`): then
 * only the other fields go through zod. Anything else, or any problem, goes through the
 * whole schema, which words the problems.
 */
const decodeRequest = (input: unknown): Result.Result<RequestJson, DecodeError> => {
  fast ??= {
    participants: compileParticipantsCheck(ParticipantSchema),
    rest: CostShareRequestSchema.omit({ participants: true }),
  };
  const check = fast.participants;
  if (
    check !== undefined &&
    typeof input === "object" &&
    input !== null &&
    Object.getPrototypeOf(input) === Object.prototype
  ) {
    try {
      const rest: Record<string, unknown> = {};
      let values: unknown;
      for (const key in input) {
        if (!Object.hasOwn(input, key)) continue;
        const value: unknown = (input as Record<string, unknown>)[key];
        if (key === "participants") values = value;
        else rest[key] = value;
      }
      const participants = Array.isArray(values) && values.length > 0 ? check(values) : undefined;
      if (participants !== undefined) {
        return Result.map(decode(fast.rest, rest), (json) => ({
          ...(json as Omit<RequestJson, "participants">),
          participants,
        }));
      }
    } catch {
      // a getter or a proxy of the caller's threw: the schema reports it
    }
  }
  return decode(CostShareRequestSchema, input);
};

const percentToRate = (text: string): { numerator: bigint; denominator: bigint } => {
  const [whole = "0", fraction = ""] = text.split(".");
  return { numerator: BigInt(whole + fraction), denominator: 100n * 10n ** BigInt(fraction.length) };
};

/**
 * Reads a `cost-share` request from untyped JSON ({@link @unsms/cost-sharing!schema.CostShareRequestSchema | CostShareRequestSchema}): checks
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
  Result.flatMap(decodeRequest(input), (json) =>
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
