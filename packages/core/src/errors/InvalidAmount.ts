import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * A decimal amount could not be read exactly in its currency: not a plain decimal, or
 * more decimals than the currency has.
 *
 * @example
 * ```ts
 * import { parseMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = parseMoney("12.345", USD)
 * if (Result.isFailure(result)) console.log(result.failure.expected)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidAmount extends /* @__PURE__ */ Data.TaggedError("InvalidAmount")<SingleIssueFields> {}
