import type { Cited } from "@unsms/core";
import type { FloorFormula, TiersFormula } from "./Formula";

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

/**
 * The 2002–2003 formula, kept for 2004–2005 (a budget of about US$ 69 million, on the
 * staff census of 18 July 2003): organizations under 0.5 % of the field staff paid a flat
 * US$ 25 000 per biennium, those of 0.5–1 % a flat US$ 100 000, everyone else shared the
 * rest by headcount.
 *
 * @example
 * ```ts
 * import { formula2002 } from "@unsms/cost-sharing"
 * import { formatMoney } from "@unsms/core"
 *
 * console.log(formula2002.value.tiers.map((tier) => formatMoney(tier.amount))) // ["25000.00", "100000.00"]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const formula2002: Cited<TiersFormula> = {
  value: {
    kind: "tiers",
    tiers: [
      { below: { numerator: 1n, denominator: 200n }, amount: { minorUnits: 2_500_000n, currency: { code: "USD", exponent: 2 } } },
      { below: { numerator: 1n, denominator: 100n }, amount: { minorUnits: 10_000_000n, currency: { code: "USD", exponent: 2 } } },
    ],
  },
  citation: {
    document: "UNSMS cost-sharing arrangement (resolution 56/255), 2002–2003 formula",
    location: "flat tiers below 0.5 % and 1 % of field staff",
    year: 2003,
    note: "A/61/531 ¶52–53 states the principle only; the tiers are from later public UN sources.",
  },
};
