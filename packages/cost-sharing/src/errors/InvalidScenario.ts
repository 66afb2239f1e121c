import * as Data from "effect/Data";

/**
 * A scenario {@link runScenario} does not know: not an object, or a `kind` other than
 * `"gap-left-open"`, `"gap-reapportioned"`, `"join"`, `"leave"`, `"headcount"` and
 * `"grow"`; or a value of the scenario it cannot apply, at its path in the scenario: a
 * headcount that is not a whole number of 0 or more (`$.scenario.headcount`,
 * `$.scenario.participant.headcount`), a joining participant's id that is not a non-empty
 * string, the only participant leaving (`$.scenario.id`).
 *
 * @example
 * ```ts
 * import { runScenario } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const input = { total: makeMoney(100n, USD), participants: [{ id: "A", headcount: 1 }] }
 * const result = runScenario(input, { kind: "merge" } as never)
 * if (Result.isFailure(result)) console.log(result.failure._tag, result.failure.path) // "InvalidScenario" "$.scenario.kind"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidScenario
  extends /* @__PURE__ */ Data.TaggedError("InvalidScenario")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
