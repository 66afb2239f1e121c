import * as Data from "effect/Data";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * Two amounts in different currencies were combined. unsms never converts currencies
 * implicitly.
 *
 * @example
 * ```ts
 * import { addMoney, makeMoney, USD, EUR } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = addMoney(makeMoney(100n, USD), makeMoney(100n, EUR))
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class CurrencyMismatch extends /* @__PURE__ */ Data.TaggedError("CurrencyMismatch")<SingleIssueFields> {}
