import { formatMoney, formatRate, percentage } from "@unsms/core";
import * as Result from "effect/Result";
import { apportion, type ApportionError } from "../apportion/apportion";
import type { InvalidPayments } from "../errors/InvalidPayments";
import { explainApportionment } from "../explain/explainApportionment";
import type { Formula } from "../formula/Formula";
import { fundingGap } from "../payments/fundingGap";
import type { CostShareRequest } from "./CostShareRequest";
import type { CostShareJsonShare, CostShareResponse } from "./CostShareResponse";

const formulaJson = (formula: Formula): unknown => {
  switch (formula.kind) {
    case "proportional":
      return { kind: "proportional" };
    case "floor":
      return { kind: "floor", minimum: formatMoney(formula.minimum) };
    case "tiers":
      return {
        kind: "tiers",
        tiers: formula.tiers.map((tier) => ({ belowPercent: formatRate(tier.below, 4).replace(/\.?0+$/, ""), amount: formatMoney(tier.amount) })),
      };
  }
};

/**
 * Answers a cost-sharing request with the JSON contract of `unsms cost-share`: apportions
 * the total under the formula, explains every share, and adds the funding gap when
 * payments were given. Amounts are decimal strings with the currency's exact decimals;
 * shares come in input order.
 *
 * @example
 * ```ts
 * import { costShare, readCostShareRequest } from "@unsms/cost-sharing"
 * import * as Result from "effect/Result"
 *
 * const request = Result.getOrThrow(
 *   readCostShareRequest({ currency: "USD", total: "0.10", participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }] }),
 * )
 * const response = Result.getOrThrow(costShare(request))
 * console.log(response.shares.map((share) => [share.id, share.amount])) // [["A", "0.03"], ["B", "0.07"]]
 * ```
 *
 * @category json
 * @since 0.1.0
 */
export const costShare = (request: CostShareRequest): Result.Result<CostShareResponse, ApportionError | InvalidPayments> =>
  Result.flatMap(apportion(request.total, request.participants, request.formula), (apportionment) => {
    const explanations = explainApportionment(apportionment);
    const whole = apportionment.total.minorUnits;
    const shares = apportionment.shares.map((share, index): CostShareJsonShare => {
      const explanation = explanations[index];
      const json: CostShareJsonShare = {
        id: share.id,
        headcount: share.headcount,
        amount: formatMoney(share.amount),
        percentage: Result.getOrElse(percentage(share.amount.minorUnits, whole, 2), () => "0.00"),
        basis: share.basis,
        explanation: {
          ...(explanation?.quota === undefined ? {} : { quota: `${explanation.quota.numerator}/${explanation.quota.denominator}` }),
          ...(explanation?.floor === undefined ? {} : { floor: formatMoney(explanation.floor) }),
          ...(explanation?.remainder === undefined ? {} : { remainder: `${explanation.remainder.numerator}/${explanation.remainder.denominator}` }),
          ...(explanation?.remainderRank === undefined ? {} : { remainderRank: explanation.remainderRank }),
          leftoverUnit: explanation?.leftoverUnit ?? false,
          text: explanation?.text ?? "",
        },
      };
      return share.tier === undefined ? json : { ...json, tier: share.tier };
    });
    const response: CostShareResponse = {
      currency: apportionment.total.currency.code,
      total: formatMoney(apportionment.total),
      formula: formulaJson(apportionment.formula),
      pool: formatMoney(apportionment.pool),
      poolHeadcount: apportionment.poolHeadcount,
      shares,
    };
    if (request.payments === undefined) return Result.succeed(response);
    return Result.map(fundingGap(apportionment, request.payments), (gap): CostShareResponse => ({
      ...response,
      funding: {
        due: formatMoney(gap.due),
        received: formatMoney(gap.received),
        gap: formatMoney(gap.gap),
        arrears: gap.rows.map((row) => ({ id: row.id, due: formatMoney(row.due), paid: formatMoney(row.paid), arrears: formatMoney(row.arrears) })),
      },
    }));
  });
