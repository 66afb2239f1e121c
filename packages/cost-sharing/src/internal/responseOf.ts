import type { CostShareAnswer } from "../json/CostShareAnswer";
import type { CostShareResponse } from "../json/CostShareResponse";
import { arrearsToJson, responseHead } from "./responseHead";
import { shareToJson } from "./shareToJson";

/**
 * The response of an answer `answerCostShare` gave (trusted: the checked public form is
 * `toCostShareResponse`).
 *
 * @internal
 */
export const responseOf = (answer: CostShareAnswer): CostShareResponse => {
  const { head, funding } = responseHead(answer);
  const whole = answer.apportionment.total.minorUnits;
  const shares = answer.apportionment.shares.map((share, index) =>
    shareToJson(share, whole, answer.explanations?.[index]),
  );
  if (funding === undefined || answer.funding === undefined) return { ...head, shares };
  return { ...head, shares, funding: { ...funding, arrears: answer.funding.rows.map(arrearsToJson) } };
};
