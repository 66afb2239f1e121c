import type { Money } from "@unsms/core";
import type { FloorFormula } from "./Formula";

/**
 * The proportional formula with a minimum per participant with staff (see
 * {@link FloorFormula}); `formula2005.value` is the April 2005 edition, US$ 75 000
 * ({@link formula2005} carries its source).
 *
 * @example
 * ```ts
 * import { floorFormula } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 *
 * console.log(floorFormula(makeMoney(7_500_000n, USD)).kind) // "floor"
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const floorFormula = (minimum: Money): FloorFormula => ({ kind: "floor", minimum });
