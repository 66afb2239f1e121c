import { formatMoney, percentage } from "@unsms/core";
import * as Result from "effect/Result";
import type { Share } from "../apportion/Apportionment";
import type { ShareExplanation } from "../explain/ShareExplanation";
import type { CostShareJsonShare } from "../json/CostShareResponse";

/**
 * One share in the JSON contract of `unsms cost-share`, fields in the contract's order:
 * the percentage of `whole` (two decimals, half-up), and the explanation when given.
 *
 * @internal
 */
export const shareToJson = (share: Share, whole: bigint, explanation: ShareExplanation | undefined): CostShareJsonShare => {
  const json: CostShareJsonShare = {
    id: share.id,
    headcount: share.headcount,
    amount: formatMoney(share.amount),
    percentage: Result.getOrElse(percentage(share.amount.minorUnits, whole, 2), () => "0.00"),
    basis: share.basis,
    ...(share.tier === undefined ? {} : { tier: share.tier }),
    ...(explanation === undefined
      ? {}
      : {
          explanation: {
            ...(explanation.quota === undefined ? {} : { quota: `${explanation.quota.numerator}/${explanation.quota.denominator}` }),
            ...(explanation.floor === undefined ? {} : { floor: formatMoney(explanation.floor) }),
            ...(explanation.remainder === undefined ? {} : { remainder: `${explanation.remainder.numerator}/${explanation.remainder.denominator}` }),
            ...(explanation.remainderRank === undefined ? {} : { remainderRank: explanation.remainderRank }),
            leftoverUnit: explanation.leftoverUnit,
            text: explanation.text,
          },
        }),
  };
  return json;
};
