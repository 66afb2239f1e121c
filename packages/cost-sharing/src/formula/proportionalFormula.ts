import type { ProportionalFormula } from "./Formula";

/**
 * The default formula: field-related costs shared in proportion to headcount, as
 * resolution 56/255 approved it (A/61/531 ¶52).
 *
 * @example
 * ```ts
 * import { apportion, proportionalFormula } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = Result.getOrThrow(
 *   apportion(makeMoney(1000n, USD), [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }], proportionalFormula),
 * )
 * console.log(result.shares.map((share) => formatMoney(share.amount))) // ["3.33", "6.67"]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const proportionalFormula: ProportionalFormula = { kind: "proportional" };
