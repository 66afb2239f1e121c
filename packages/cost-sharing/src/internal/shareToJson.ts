import { formatMoney } from "@unsms/core";
import type { Share } from "../apportion/Apportionment";
import type { ShareExplanation } from "../explain/ShareExplanation";
import type { CostShareJsonShare } from "../json/CostShareResponse";
import { formatUnits } from "./formatUnits";
import { sharePercentage } from "./sharePercentage";

/**
 * One share in the JSON contract of `unsms cost-share`, fields in the contract's order:
 * the percentage of `whole` (two decimals, half-up), and the explanation when given.
 *
 * @internal
 */
export const shareToJson = (
  share: Share,
  whole: bigint,
  explanation: ShareExplanation | undefined,
): CostShareJsonShare => {
  const json: CostShareJsonShare = {
    id: share.id,
    headcount: share.headcount,
    amount: formatUnits(share.amount.minorUnits, share.amount.currency),
    percentage: sharePercentage(share.amount.minorUnits, whole),
    basis: share.basis,
    ...(share.tier === undefined ? {} : { tier: share.tier }),
    ...(explanation === undefined
      ? {}
      : {
          explanation: {
            ...(explanation.quota === undefined
              ? {}
              : { quota: `${explanation.quota.numerator}/${explanation.quota.denominator}` }),
            ...(explanation.floor === undefined ? {} : { floor: formatMoney(explanation.floor) }),
            ...(explanation.remainder === undefined
              ? {}
              : { remainder: `${explanation.remainder.numerator}/${explanation.remainder.denominator}` }),
            ...(explanation.remainderRank === undefined ? {} : { remainderRank: explanation.remainderRank }),
            leftoverUnit: explanation.leftoverUnit,
            text: explanation.text,
          },
        }),
  };
  return json;
};
