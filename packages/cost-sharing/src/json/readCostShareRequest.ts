import {
  getCurrency,
  type DecodeError,
  parseMoney,
  type InvalidAmount,
  type Money,
  type UnknownCurrency,
} from "@unsms/core";
import * as Result from "effect/Result";
import type { Formula, Tier } from "../formula/Formula";
import type { Payment } from "../payments/Payment";
import { percentToRate } from "../internal/percentToRate";
import { decodeCostShareRequest } from "./decodeCostShareRequest";
import type { CostShareRequest } from "./CostShareRequest";

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
  Result.gen(() => costShareRequestOf(input));

/** The request decoded, its currency resolved and every amount read in it: the steps of {@link readCostShareRequest}. */
function* costShareRequestOf(input: unknown) {
  const json = yield* decodeCostShareRequest(input);
  const currency = yield* getCurrency(json.currency, "$.currency");
  const money = (text: string, path: string): Result.Result<Money, InvalidAmount> => parseMoney(text, currency, path);
  const total = yield* money(json.total, "$.total");
  let formula: Formula | undefined;
  if (json.formula?.kind === "proportional") formula = { kind: "proportional" };
  else if (json.formula?.kind === "floor")
    formula = { kind: "floor", minimum: yield* money(json.formula.minimum, "$.formula.minimum") };
  else if (json.formula?.kind === "tiers") {
    const tiers: Array<Tier> = [];
    for (const [index, tier] of json.formula.tiers.entries()) {
      const amount = yield* money(tier.amount, `$.formula.tiers[${index}].amount`);
      tiers.push({ below: percentToRate(tier.belowPercent), amount });
    }
    formula = { kind: "tiers", tiers };
  }
  const payments: Array<Payment> = [];
  for (const [index, payment] of (json.payments ?? []).entries()) {
    payments.push(
      "paid" in payment
        ? { id: payment.id, paid: yield* money(payment.paid, `$.payments[${index}].paid`) }
        : { id: payment.id, withheld: yield* money(payment.withheld, `$.payments[${index}].withheld`) },
    );
  }
  return {
    total,
    participants: json.participants,
    ...(formula === undefined ? {} : { formula }),
    ...(json.payments === undefined ? {} : { payments }),
  };
}
