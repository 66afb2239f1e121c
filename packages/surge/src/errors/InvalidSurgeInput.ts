import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A plan cannot be made from what was passed: not the shape the types say (a JS caller),
 * a list past its documented limit (a roster of more than 100 000 officers, say), an
 * officer or a need listed twice, a count that is not a whole number, an instant that is
 * not a date, a need asking for a course the catalogue does not have. Decoding with
 * `@unsms/surge/schema` catches all of these first.
 *
 * @example
 * ```ts
 * import { planDeployment } from "@unsms/surge"
 * import * as Result from "effect/Result"
 *
 * const result = planDeployment([], { destination: "Beirut", notifiedAt: new Date("x"), withinHours: 48, needs: [], travel: [] })
 * if (Result.isFailure(result)) console.log(result.failure.path) // "$.request.notifiedAt"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidSurgeInput extends /* @__PURE__ */ Data.TaggedError("InvalidSurgeInput")<SingleIssueFields> {}
