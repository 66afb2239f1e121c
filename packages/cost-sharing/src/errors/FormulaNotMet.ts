import * as Data from "effect/Data";

/**
 * The formula cannot be met for this total: the minimums (or the flat tier amounts)
 * alone exceed the amount to share, or part of the amount would be left to nobody.
 *
 * @example
 * ```ts
 * import { apportion, floorFormula } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // Three participants, each owing at least US$ 75 000, cannot share US$ 100 000.
 * const result = apportion(
 *   makeMoney(10_000_000n, USD),
 *   [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }, { id: "C", headcount: 3 }],
 *   floorFormula(makeMoney(7_500_000n, USD)),
 * )
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class FormulaNotMet
  extends /* @__PURE__ */ Data.TaggedError("FormulaNotMet")<{
    readonly message: string;
    readonly path: string;
    readonly expected: string;
    readonly received: string;
  }> {}
