import type { Citation } from "@unsms/core";
import type { RiskMatrix } from "./RiskMatrix";
import type { ValidRiskMatrix } from "./ValidRiskMatrix";

/**
 * The likelihood levels of the UNSMS security risk management (SRM) model, lowest first.
 *
 * @example
 * ```ts
 * import { LIKELIHOOD_LEVELS } from "@unsms/risk"
 *
 * console.log(LIKELIHOOD_LEVELS[0], LIKELIHOOD_LEVELS[4]) // "Very unlikely" "Very likely"
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const LIKELIHOOD_LEVELS = ["Very unlikely", "Unlikely", "Moderately likely", "Likely", "Very likely"] as const;

/**
 * The impact levels of the SRM model, lowest first.
 *
 * @example
 * ```ts
 * import { IMPACT_LEVELS } from "@unsms/risk"
 *
 * console.log(IMPACT_LEVELS.join(" < "))
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const IMPACT_LEVELS = ["Negligible", "Minor", "Moderate", "Severe", "Critical"] as const;

/**
 * The risk levels of the SRM model, lowest first.
 *
 * @example
 * ```ts
 * import { RISK_LEVELS } from "@unsms/risk"
 *
 * console.log(RISK_LEVELS.at(-1)) // "Unacceptable"
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const RISK_LEVELS = ["Very low", "Low", "Medium", "High", "Very high", "Unacceptable"] as const;

/**
 * The default 5×5 matrix. **It is unsms's own documented assumption**: the level names
 * are the SRM model's (UNSMS Security Risk Management manual, 2019), but no public source
 * gives the official cell-by-cell mapping. The cells follow the sum of the likelihood and
 * impact ranks `s = l + i` (0–8): 0–1 Very low, 2–3 Low, 4 Medium, 5 High, 6 Very high,
 * 7–8 Unacceptable. That makes it complete and monotone (a higher likelihood or impact
 * never gives a lower level) and symmetric. Rows are likelihood, lowest first; columns
 * impact, lowest first:
 *
 * | | Negligible | Minor | Moderate | Severe | Critical |
 * |---|---|---|---|---|---|
 * | Very unlikely | Very low | Very low | Low | Low | Medium |
 * | Unlikely | Very low | Low | Low | Medium | High |
 * | Moderately likely | Low | Low | Medium | High | Very high |
 * | Likely | Low | Medium | High | Very high | Unacceptable |
 * | Very likely | Medium | High | Very high | Unacceptable | Unacceptable |
 *
 * It is a {@link ValidRiskMatrix}. An agency replaces it by passing its own
 * {@link RiskMatrix} through {@link validateRiskMatrix}.
 *
 * @example
 * ```ts
 * import { DEFAULT_RISK_MATRIX } from "@unsms/risk"
 *
 * // Likely × Severe
 * console.log(DEFAULT_RISK_MATRIX.cells[3]?.[3]) // "Very high"
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const DEFAULT_RISK_MATRIX = {
  likelihood: LIKELIHOOD_LEVELS,
  impact: IMPACT_LEVELS,
  levels: RISK_LEVELS,
  cells: [
    ["Very low", "Very low", "Low", "Low", "Medium"],
    ["Very low", "Low", "Low", "Medium", "High"],
    ["Low", "Low", "Medium", "High", "Very high"],
    ["Low", "Medium", "High", "Very high", "Unacceptable"],
    ["Medium", "High", "Very high", "Unacceptable", "Unacceptable"],
  ],
} as RiskMatrix as ValidRiskMatrix;

/**
 * Where the default matrix comes from: the level names are the SRM model's; the cells are
 * unsms's assumption (see {@link DEFAULT_RISK_MATRIX}).
 *
 * @example
 * ```ts
 * import { DEFAULT_RISK_MATRIX_SOURCE } from "@unsms/risk"
 *
 * console.log(DEFAULT_RISK_MATRIX_SOURCE.note)
 * ```
 *
 * @category risk matrix
 * @since 0.1.0
 */
export const DEFAULT_RISK_MATRIX_SOURCE: Citation = {
  document: "UNSMS Security Risk Management (SRM) manual",
  location: "likelihood, impact and risk level scales",
  year: 2019,
  note: "Level names from the SRM model that A/61/531 ¶18 calls the main tool to identify threats; no public source gives the official cells, so the cell mapping (sum of ranks) is unsms's own documented assumption.",
};
