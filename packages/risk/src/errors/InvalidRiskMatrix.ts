import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A risk matrix is not usable: a wrong size, a duplicate or unknown level, a missing
 * cell, or a cell lower than a cell of lower likelihood or impact. Lists the problems (the first 100; `omitted` counts the rest).
 *
 * @example
 * ```ts
 * import { validateRiskMatrix } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = validateRiskMatrix({ likelihood: ["a", "b"], impact: ["x", "y", "z"], levels: ["Low"], cells: [] })
 * if (Result.isFailure(result)) for (const issue of result.failure.issues) console.log(issue.path, issue.expected)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidRiskMatrix extends /* @__PURE__ */ Data.TaggedError("InvalidRiskMatrix")<IssuesFields> {}
