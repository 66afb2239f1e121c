import * as Data from "effect/Data";

/**
 * A formula is malformed: a negative minimum or flat amount, tier thresholds that are not
 * strictly increasing fractions between 0 and 1, or a growth rate with a zero denominator.
 *
 * @example
 * ```ts
 * import { apportion } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = apportion(makeMoney(100n, USD), [{ id: "A", headcount: 1 }], {
 *   kind: "floor",
 *   minimum: makeMoney(-1n, USD),
 * })
 * if (Result.isFailure(result)) console.log(result.failure._tag) // "InvalidFormula"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidFormula
  extends /* @__PURE__ */ Data.TaggedError("InvalidFormula")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
