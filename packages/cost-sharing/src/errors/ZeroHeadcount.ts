import * as Data from "effect/Data";

/**
 * A non-zero amount was to be shared by headcount, but every participant that would share
 * it has a headcount of zero, so there is nobody to give it to.
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = apportion(makeMoney(100n, USD), [{ id: "UNDP", headcount: 0 }])
 * if (Result.isFailure(result)) console.log(result.failure._tag) // "ZeroHeadcount"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class ZeroHeadcount
  extends /* @__PURE__ */ Data.TaggedError("ZeroHeadcount")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
