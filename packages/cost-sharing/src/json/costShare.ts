import * as Result from "effect/Result";
import type { ApportionError } from "../apportion/apportion";
import type { InvalidPayments } from "../errors/InvalidPayments";
import { answerCostShare } from "./answerCostShare";
import type { CostShareRequest } from "./CostShareRequest";
import type { CostShareResponse } from "./CostShareResponse";
import { responseOf } from "../internal/responseOf";

/**
 * Answers a cost-sharing request with the JSON contract of `unsms cost-share` as one value:
 * apportions the total under the formula, adds the funding gap when payments were given,
 * and explains every share when `explain` is true. Amounts are decimal strings with the
 * currency's exact decimals; shares come in input order. For domain values use
 * {@link answerCostShare} (then {@link toCostShareResponse}); to write a large answer as
 * text without building this value, {@link costShareJsonChunks}.
 *
 * @example
 * ```ts
 * import { costShare } from "@unsms/cost-sharing"
 * import { readCostShareRequest } from "@unsms/cost-sharing/schema"
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
export const costShare = (
  request: CostShareRequest,
  options: { readonly explain?: boolean } = {},
): Result.Result<CostShareResponse, ApportionError | InvalidPayments> =>
  Result.map(answerCostShare(request, options), responseOf);
