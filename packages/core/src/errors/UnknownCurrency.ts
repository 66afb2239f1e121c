import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * A currency code that is not an ISO 4217 code known to unsms.
 *
 * @example
 * ```ts
 * import { getCurrency } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = getCurrency("XYZ")
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownCurrency extends /* @__PURE__ */ Data.TaggedError("UnknownCurrency")<SingleIssueFields> {}
