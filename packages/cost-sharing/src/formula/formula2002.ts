import type { Cited } from "@unsms/core";
import type { TiersFormula } from "./Formula";

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
      {
        below: { numerator: 1n, denominator: 200n },
        amount: { minorUnits: 2_500_000n, currency: { code: "USD", exponent: 2 } },
      },
      {
        below: { numerator: 1n, denominator: 100n },
        amount: { minorUnits: 10_000_000n, currency: { code: "USD", exponent: 2 } },
      },
    ],
  },
  citation: {
    document: "UNSMS cost-sharing arrangement (resolution 56/255), 2002–2003 formula",
    location: "flat tiers below 0.5 % and 1 % of field staff",
    year: 2003,
    note: "A/61/531 ¶52–53 states the principle only; the tiers are from later public UN sources.",
  },
};
