import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * A text could not be read as an instant: not RFC 3339 with an offset (`Z` or `±hh:mm`),
 * or not a real calendar date and time (`2007-02-30`, `24:00`, a leap second).
 *
 * @example
 * ```ts
 * import { parseInstant } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = parseInstant("2006-06-30T12:00:00")
 * if (Result.isFailure(result)) console.log(result.failure.expected)
 * // "an RFC 3339 date-time with an offset, e.g. 2006-06-30T12:00:00Z"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidInstant extends /* @__PURE__ */ Data.TaggedError("InvalidInstant")<SingleIssueFields> {}
