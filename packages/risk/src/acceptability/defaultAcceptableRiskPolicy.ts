import type { AcceptableRiskPolicy } from "./AcceptableRiskPolicy";

/**
 * The default acceptable-risk table, on the default matrix's levels, as unsms reads the UN
 * acceptable-risk model that goes with the Programme Criticality Framework (CEB 2011,
 * revised 2013 and 2016): residual risk up to Medium is acceptable for any activity (no
 * programme criticality needed); High needs PC2 or PC1; Very high only PC1 (in practice
 * with the executive head's approval); Unacceptable never. It is a policy value: the
 * framework leaves the ceiling per PC level to each organization, which passes its own
 * {@link AcceptableRiskPolicy}.
 *
 * | | PC1 | PC2 | PC3 | PC4 |
 * |---|---|---|---|---|
 * | highest acceptable residual risk | Very high | High | Medium | Medium |
 *
 * @example
 * ```ts
 * import { DEFAULT_ACCEPTABLE_RISK_POLICY } from "@unsms/risk"
 *
 * console.log(DEFAULT_ACCEPTABLE_RISK_POLICY.ceilings.PC2) // "High"
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export const DEFAULT_ACCEPTABLE_RISK_POLICY: AcceptableRiskPolicy = {
  ceilings: { PC1: "Very high", PC2: "High", PC3: "Medium", PC4: "Medium" },
  criticalityRequiredFrom: "High",
  source: {
    document: "UN System Programme Criticality Framework (CEB)",
    location: "acceptable risk model",
    year: 2016,
    note: "First approved by CEB in 2011, revised 2013 and 2016. Programme criticality is required where residual risk is High or Very high; the ceiling per PC level is an agency setting — this table is unsms's documented default.",
  },
};
