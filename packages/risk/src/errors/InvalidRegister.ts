import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A risk register does not hold together: an invalid matrix, a level the matrix does not
 * have, a measure that does not exist or would raise a risk, an id used twice. Lists
 * every problem, with paths from the register's root.
 *
 * @example
 * ```ts
 * import { assessRegister } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = assessRegister({
 *   location: "x",
 *   measures: [],
 *   threats: [{ id: "T1", category: "crime", description: "theft", likelihood: "Often", impact: "Minor", measures: ["locks"], response: "control" }],
 * })
 * if (Result.isFailure(result)) for (const issue of result.failure.issues) console.log(issue.path) // "$.threats[0].likelihood" (then "$.threats[0].measures[0]")
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidRegister extends /* @__PURE__ */ Data.TaggedError("InvalidRegister")<IssuesFields> {}
