import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * An inspection does not hold together with its standard: a situation that is not a
 * phase or security level, a finding for a measure the standard does not have, two findings for one measure, a measure id used twice, a risk
 * level the matrix does not have, a required percentage outside 0–100. Lists the problems (the first 100; `omitted` counts the rest).
 *
 * @example
 * ```ts
 * import { scoreCompliance } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const result = scoreCompliance({ location: "x", standard: "MOSS", situation: { system: "levels", level: 1 }, findings: [{ measure: "TEL-99", met: true }] })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path) // "$.findings[0].measure"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidInspection extends /* @__PURE__ */ Data.TaggedError("InvalidInspection")<IssuesFields> {}
