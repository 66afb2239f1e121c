import { formatMoney, formatRate, type Rate } from "@unsms/core";
import type { Formula } from "../formula/Formula";
import type { CostShareAnswer } from "../json/CostShareAnswer";
import type { CostShareResponse } from "../json/CostShareResponse";
import type { Arrears, FundingGap } from "../payments/Payment";

/**
 * A tier's threshold as the percentage it is, exactly: in the fewest decimals that print it
 * exactly (`"0.00004"`, `"33.33333"`, `"12"`, as a JSON request writes it), up to 100 (the
 * most `formatRate` prints); a threshold that no decimal of 100 places is (a third, from
 * code) is rounded half-up at the 100th.
 */
const exactPercent = (below: Rate): string => {
  let places = 0;
  const { numerator, denominator } = below;
  for (let scaled = numerator * 100n; places < 100 && denominator > 0n && scaled % denominator !== 0n; places++)
    scaled *= 10n;
  return formatRate(below, places);
};

const formulaJson = (formula: Formula): unknown => {
  switch (formula.kind) {
    case "proportional":
      return { kind: "proportional" };
    case "floor":
      return { kind: "floor", minimum: formatMoney(formula.minimum) };
    case "tiers":
      return {
        kind: "tiers",
        tiers: formula.tiers.map((tier) => ({
          belowPercent: exactPercent(tier.below),
          amount: formatMoney(tier.amount),
        })),
      };
  }
};

/**
 * One account of the funding gap in the JSON contract.
 *
 * @internal
 */
export const arrearsToJson = (row: Arrears): NonNullable<CostShareResponse["funding"]>["arrears"][number] => ({
  id: row.id,
  due: formatMoney(row.due),
  paid: formatMoney(row.paid),
  arrears: formatMoney(row.arrears),
  overpaid: formatMoney(row.overpaid),
});

/**
 * The JSON contract of an answer without its two lists (the shares, and the accounts of the
 * funding gap), fields in the contract's order: what `costShare` completes and
 * `writeCostShareJson` streams around.
 *
 * @internal
 */
export const responseHead = (
  answer: CostShareAnswer,
): {
  readonly head: Omit<CostShareResponse, "shares" | "funding">;
  readonly funding: Omit<NonNullable<CostShareResponse["funding"]>, "arrears"> | undefined;
} => {
  const { apportionment } = answer;
  const head = {
    currency: apportionment.total.currency.code,
    total: formatMoney(apportionment.total),
    formula: formulaJson(apportionment.formula),
    pool: formatMoney(apportionment.pool),
    poolHeadcount: apportionment.poolHeadcount,
  };
  const gap: FundingGap | undefined = answer.funding;
  const funding =
    gap === undefined
      ? undefined
      : {
          due: formatMoney(gap.due),
          received: formatMoney(gap.received),
          gap: formatMoney(gap.gap),
          surplus: formatMoney(gap.surplus),
          hasGap: gap.hasGap,
        };
  return { head, funding };
};
