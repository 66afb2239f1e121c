import { makeIssues } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import { guardReading } from "../internal/guardReading";
import { apportion, type ApportionError } from "../apportion/apportion";
import type { InvalidPayments } from "../errors/InvalidPayments";
import { explainApportionment } from "../explain/explainApportionment";
import { fundingGap } from "../payments/fundingGap";
import type { CostShareAnswer } from "./CostShareAnswer";
import type { CostShareRequest } from "./CostShareRequest";

/**
 * Answers a cost-sharing request with domain values: apportions the total under the
 * formula, adds the funding gap when payments were given, and explains every share only
 * when `explain` is true (an explanation ranks every remainder: n log n work and a sentence
 * per share, which a million-participant request does not want unless it asks). Linear in
 * the participants otherwise.
 *
 * @example
 * ```ts
 * import { answerCostShare } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const request = { total: makeMoney(10n, USD), participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }] }
 * const answer = Result.getOrThrow(answerCostShare(request, { explain: true }))
 * console.log(answer.apportionment.shares.map((share) => formatMoney(share.amount))) // ["0.03", "0.07"]
 * console.log(answer.explanations?.[1]?.leftoverUnit) // true
 * ```
 *
 * @category json
 * @since 0.2.0
 */
export const answerCostShare = (
  request: CostShareRequest,
  options: { readonly explain?: boolean } = {},
): Result.Result<CostShareAnswer, ApportionError | InvalidPayments> =>
  guardReading<CostShareAnswer, ApportionError | InvalidPayments>(
    () => Result.gen(() => costShareAnswer(request, options)),
    "a cost-share request that can be read",
    (issue) => new InvalidParticipants(makeIssues("the cost-share request cannot be read", [issue])),
  );

/** The apportionment, its funding gap and explanations: the steps of {@link answerCostShare}. */
function* costShareAnswer(request: CostShareRequest, options: { readonly explain?: boolean }) {
  const apportionment = yield* apportion(request.total, request.participants, request.formula);
  const explanations = options.explain === true ? { explanations: explainApportionment(apportionment) } : {};
  if (request.payments === undefined) return { apportionment, ...explanations };
  const funding = yield* fundingGap(apportionment, request.payments);
  return { apportionment, funding, ...explanations };
}
