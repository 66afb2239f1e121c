import type { Cited } from "@unsms/core";
import type { FloorFormula } from "./Formula";

/**
 * The formula in force from April 2005: each organization pays the actual percentage of
 * field staff, with a minimum of US$ 75 000. The report (A/61/531 ¶52) states only the
 * principle, sharing by staff numbers; the formula comes from the conclusions of the HLCM
 * Technical Meeting of 3–4 February 2005 (CEB/2005/HLCM/R.4), endorsed by the CEB's
 * High-Level Committee on Management (HLCM) in 2005. Reading it as a floor on each
 * headcount share, the rest shared by the others' headcounts, is the project's reading (the
 * citation's `note` says so). The formula is the `value`: pass `formula2005.value` to
 * `apportion`. An agency with another edition passes its own {@link FloorFormula}.
 *
 * @example
 * ```ts
 * import { apportion, formula2005 } from "@unsms/cost-sharing"
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const staff = [{ id: "UNDP", headcount: 200 }, { id: "UNU", headcount: 10 }]
 * const result = Result.getOrThrow(apportion(makeMoney(100_000_000n, USD), staff, formula2005.value))
 * console.log(result.shares.map((share) => formatMoney(share.amount))) // ["925000.00", "75000.00"]
 * console.log(formatMoney(formula2005.value.minimum)) // "75000.00"
 * console.log(formula2005.citation.document, formula2005.citation.year) // "CEB/2005/HLCM/R.4" 2005
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const formula2005: Cited<FloorFormula> = {
  value: { kind: "floor", minimum: { minorUnits: 7_500_000n, currency: { code: "USD", exponent: 2 } } },
  citation: {
    document: "CEB/2005/HLCM/R.4",
    location: "conclusions of the HLCM Technical Meeting of 3–4 February 2005",
    year: 2005,
    note:
      "Endorsed by the HLCM in 2005 and applied from April 2005: the actual percentage of field staff, with a minimum " +
      "amount of US$ 75 000. Applying the minimum as a floor on each headcount share, the rest shared by the others' " +
      "headcounts, is the project's reading. A/61/531 ¶52 states only the principle (sharing by staff numbers); " +
      "resolution 56/255 set neither formula.",
  },
};
