import type { Apportionment } from "../apportion/Apportionment";
import type { ShareExplanation } from "../explain/ShareExplanation";
import type { FundingGap } from "../payments/Payment";

/**
 * The answer to a cost-sharing request as domain values ({@link answerCostShare}): the
 * apportionment (amounts as `Money`), the funding gap when payments were given (with
 * `hasGap`, so nobody re-reads a formatted amount to find one), and the explanations when
 * they were asked for. {@link costShare} and {@link costShareJsonChunks} turn it into the
 * JSON contract of `unsms cost-share`.
 *
 * @example
 * ```ts
 * import { answerCostShare, type CostShareAnswer } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const answer: CostShareAnswer = Result.getOrThrow(
 *   answerCostShare({
 *     total: makeMoney(1000n, USD),
 *     participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 1 }],
 *     payments: [{ id: "B", withheld: makeMoney(100n, USD) }],
 *   }),
 * )
 * console.log(answer.funding?.hasGap, answer.funding?.gap.minorUnits) // true 100n
 * ```
 *
 * @category json
 * @since 0.2.0
 */
export interface CostShareAnswer {
  /** The shares, in input order, adding up to the total. */
  readonly apportionment: Apportionment;
  /** The funding gap, when payments were given. */
  readonly funding?: FundingGap;
  /** One explanation per share, in the same order, when asked for (`explain: true`). */
  readonly explanations?: ReadonlyArray<ShareExplanation>;
}
