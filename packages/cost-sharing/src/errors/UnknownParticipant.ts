import * as Data from "effect/Data";

/**
 * An id was named (as the bearer of central costs, or in a scenario) that is not among the
 * participants, or a participant said to join is already one.
 *
 * @example
 * ```ts
 * import { shareBudget } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = shareBudget(
 *   { field: makeMoney(100n, USD), central: makeMoney(50n, USD), centralBearer: "UN" },
 *   [{ id: "UNDP", headcount: 3 }],
 * )
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownParticipant
  extends /* @__PURE__ */ Data.TaggedError("UnknownParticipant")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
