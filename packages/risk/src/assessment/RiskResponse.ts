/**
 * The responses to a risk in the SRM model: accept it, control it (mitigation measures),
 * avoid it (do not carry out the activity, or not there, or not then), or transfer it
 * (to a partner or insurer).
 *
 * Source: the UNSMS Security Risk Management (SRM) manual (2019), the edition
 * {@link DEFAULT_RISK_MATRIX_SOURCE} cites for the scales; A/61/531 ¶18 names the SRM model
 * without its responses. The glosses in parentheses are ours.
 *
 * @example
 * ```ts
 * import { RISK_RESPONSES } from "@unsms/risk"
 *
 * console.log(RISK_RESPONSES) // ["accept", "control", "avoid", "transfer"]
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const RISK_RESPONSES = ["accept", "control", "avoid", "transfer"] as const;

/**
 * One of the {@link RISK_RESPONSES}.
 *
 * @example
 * ```ts
 * import type { RiskResponse } from "@unsms/risk"
 *
 * const response: RiskResponse = "control"
 * console.log(response)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export type RiskResponse = (typeof RISK_RESPONSES)[number];
