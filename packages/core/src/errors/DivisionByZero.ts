import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * A rate or share was asked of a whole of zero.
 *
 * @example
 * ```ts
 * import { percentage } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = percentage(3, 0)
 * if (Result.isFailure(result)) console.log(result.failure._tag) // "DivisionByZero"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class DivisionByZero extends /* @__PURE__ */ Data.TaggedError("DivisionByZero")<SingleIssueFields> {}
