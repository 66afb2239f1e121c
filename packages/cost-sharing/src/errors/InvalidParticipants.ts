import * as Data from "effect/Data";
import type { IssuesFields } from "@unsms/core";

/**
 * The participants cannot be apportioned among: none given, an id given twice, or a
 * headcount that is negative, fractional or not a number. Lists the problems (the first 100;
 * `omitted` counts the rest), each with its path (`$.participants[2].headcount`),
 * what was expected and what was received.
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = apportion(makeMoney(100n, USD), [{ id: "UNDP", headcount: -4 }])
 * if (Result.isFailure(result) && result.failure._tag === "InvalidParticipants") {
 *   console.log(result.failure.issues[0]?.path) // "$.participants[0].headcount"
 * }
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidParticipants extends /* @__PURE__ */ Data.TaggedError("InvalidParticipants")<IssuesFields> {}
