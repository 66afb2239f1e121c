import { arrearsToJson, responseHead } from "../internal/responseHead";
import { shareToJson } from "../internal/shareToJson";
import type { CostShareAnswer } from "./CostShareAnswer";
import type { CostShareResponse } from "./CostShareResponse";

/**
 * The JSON contract of `unsms cost-share` for an answer of {@link answerCostShare}, as one
 * value: amounts as decimal strings with the currency's exact decimals, percentages with two
 * decimals (half-up), shares in input order, explanations when the answer has them, the
 * funding gap when payments were given. {@link costShareJsonChunks} writes the same as text
 * without building it.
 *
 * @example
 * ```ts
 * import { answerCostShare, toCostShareResponse } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const answer = Result.getOrThrow(answerCostShare({ total: makeMoney(10n, USD), participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 3 }] }))
 * console.log(toCostShareResponse(answer).shares.map((share) => share.percentage)) // ["30.00", "70.00"]
 * ```
 *
 * @category json
 * @since 0.2.0
 */
export const toCostShareResponse = (answer: CostShareAnswer): CostShareResponse => {
  const { head, funding } = responseHead(answer);
  const whole = answer.apportionment.total.minorUnits;
  const shares = answer.apportionment.shares.map((share, index) =>
    shareToJson(share, whole, answer.explanations?.[index]),
  );
  if (funding === undefined || answer.funding === undefined) return { ...head, shares };
  return { ...head, shares, funding: { ...funding, arrears: answer.funding.rows.map(arrearsToJson) } };
};
