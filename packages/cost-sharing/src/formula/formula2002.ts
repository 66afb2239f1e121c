import type { Cited } from "@unsms/core";
import type { TiersFormula } from "./Formula";

/**
 * The 2002–2003 formula, kept for 2004–2005 (a budget of about US$ 69 million, on the
 * staff census of 18 July 2003): organizations under 0.5 % of the field staff paid a flat
 * US$ 25 000 per biennium, those of 0.5–1 % a flat US$ 100 000, everyone else shared the
 * rest by headcount. The report (A/61/531 ¶52) states only the principle; the rates are as
 * the CEB's High-Level Committee on Management (HLCM) recorded them when it retained the
 * formula at its sixth session (October 2003). Where the thresholds fall (0.5 % exactly in
 * the second tier, 1 % exactly shared by headcount) and that the others share the rest by
 * headcount are the project's reading (the citation's `note` says so). The formula is the
 * `value`: pass `formula2002.value` to `apportion`.
 *
 * @example
 * ```ts
 * import { formula2002 } from "@unsms/cost-sharing"
 * import { formatMoney } from "@unsms/core"
 *
 * console.log(formula2002.value.tiers.map((tier) => formatMoney(tier.amount))) // ["25000.00", "100000.00"]
 * console.log(formula2002.citation.year) // 2003
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
    document: "Report of the High-Level Committee on Management (HLCM), sixth session, New York, October 2003",
    location: "security and safety of staff: 2003 census and cost-sharing formula",
    year: 2003,
    note:
      "The HLCM retained for 2004–2005 the formula adopted for 2002–2003 (a flat US$ 25 000 per biennium below 0.5 % " +
      "of the field workforce, US$ 100 000 for 0.5–1 %) on the census of 18 July 2003 and a budget of about US$ 69 " +
      "million. The report's document symbol is not cited: the project could not confirm it. The tier bounds and " +
      "the rest shared by headcount are the project's reading. A/61/531 ¶52 states only the principle; resolution " +
      "56/255 set neither formula.",
  },
};
