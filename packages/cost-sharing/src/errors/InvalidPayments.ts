import * as Data from "effect/Data";
import type { IssuesFields } from "@unsms/core";

/**
 * Payments that cannot be matched to the shares: an id that is not a participant, an id
 * given twice, or an amount in another currency, a negative payment, a withholding outside
 * zero … share, or payments against a negative total; or, from a plain JS caller, shares
 * that are not shares (a hole, `null`: at `$.shares[i]`). Lists the problems (the first 100;
 * `omitted` counts the rest), each with its path.
 *
 * @example
 * ```ts
 * import { apportion, fundingGap } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const shares = Result.getOrThrow(apportion(makeMoney(100n, USD), [{ id: "UNDP", headcount: 1 }]))
 * const result = fundingGap(shares, [{ id: "WHO", paid: makeMoney(1n, USD) }])
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path) // "$.payments[0].id"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidPayments extends /* @__PURE__ */ Data.TaggedError("InvalidPayments")<IssuesFields> {}
