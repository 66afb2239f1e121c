import type { Cited } from "@unsms/core";
import type { FloorFormula } from "./Formula";

/**
 * The formula in force from April 2005: each organization pays the actual percentage of
 * field staff, with a minimum of US$ 75 000. The report (A/61/531 ¶52–53) gives the
 * principle but not the figures; they come from later public UN accounts of the
 * arrangement. An agency with another edition passes its own {@link FloorFormula}.
 *
 * @example
 * ```ts
 * import { formula2005 } from "@unsms/cost-sharing"
 * import { formatMoney } from "@unsms/core"
 *
 * console.log(formatMoney(formula2005.value.minimum)) // "75000.00"
 * console.log(formula2005.citation.year) // 2005
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const formula2005: Cited<FloorFormula> = {
  value: { kind: "floor", minimum: { minorUnits: 7_500_000n, currency: { code: "USD", exponent: 2 } } },
  citation: {
    document: "UNSMS cost-sharing arrangement (resolution 56/255), formula revised April 2005",
    location: "minimum contribution",
    year: 2005,
    note: "A/61/531 ¶52–53 states the principle only; the US$ 75 000 minimum is from later public UN sources.",
  },
};
