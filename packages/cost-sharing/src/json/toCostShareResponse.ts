import { catchUnreadable } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidAnswer } from "../errors/InvalidAnswer";
import { isReadableAnswer } from "../internal/isReadableAnswer";
import { responseOf } from "../internal/responseOf";
import { unreadableAnswer } from "../internal/unreadableAnswer";
import type { CostShareAnswer } from "./CostShareAnswer";
import type { CostShareResponse } from "./CostShareResponse";

/**
 * The JSON contract of `unsms cost-share` for an answer of {@link answerCostShare}, as one
 * value: amounts as decimal strings with the currency's exact decimals, percentages with two
 * decimals (half-up), shares in input order, explanations when the answer has them, the
 * funding gap when payments were given. {@link costShareJsonChunks} writes the same as text
 * without building it. A value that cannot be read as an answer (only a plain JS caller can
 * pass one: a field missing or of another type, a getter that throws) is an
 * {@link InvalidAnswer}, the same one `costShareJsonChunks` returns for it.
 *
 * @example
 * ```ts
 * import { answerCostShare, toCostShareResponse } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const answer = Result.getOrThrow(answerCostShare({ total: makeMoney(10n, USD), participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 3 }] }))
 * const response = Result.getOrThrow(toCostShareResponse(answer))
 * console.log(response.shares.map((share) => share.percentage)) // ["30.00", "70.00"]
 * ```
 *
 * @function
 * @category json
 * @since 0.2.0
 */
export const toCostShareResponse = /* @__PURE__ */ catchUnreadable(
  (answer: CostShareAnswer): Result.Result<CostShareResponse, InvalidAnswer> =>
    isReadableAnswer(answer) ? Result.succeed(responseOf(answer)) : Result.fail(unreadableAnswer()),
  unreadableAnswer,
);
