import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * A count that must be a whole number was not one (a fraction, NaN, an infinity, or a
 * number beyond 2^53 that cannot be exact).
 *
 * @example
 * ```ts
 * import { percentage } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = percentage(1.5, 3)
 * if (Result.isFailure(result)) console.log(result.failure.received) // "1.5"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class NotAnInteger extends /* @__PURE__ */ Data.TaggedError("NotAnInteger")<SingleIssueFields> {}
