import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A value given where an answer of `answerCostShare` was expected cannot be read as one
 * (a plain JS caller's mistake: the types allow only answers). Nothing was written.
 *
 * @example
 * ```ts
 * import { toCostShareResponse } from "@unsms/cost-sharing"
 * import * as Result from "effect/Result"
 *
 * const refused = toCostShareResponse(JSON.parse("{}"))
 * if (Result.isFailure(refused)) console.log(refused.failure._tag) // "InvalidAnswer"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidAnswer extends /* @__PURE__ */ Data.TaggedError("InvalidAnswer")<SingleIssueFields> {}
