/**
 * The threat categories of the security risk management (SRM) model, in its order.
 *
 * Source: the UNSMS Security Risk Management (SRM) manual (2019), the edition
 * {@link DEFAULT_RISK_MATRIX_SOURCE} cites for the scales; A/61/531 ¶18 names the SRM model
 * without its categories.
 *
 * @example
 * ```ts
 * import { THREAT_CATEGORIES } from "@unsms/risk"
 *
 * console.log(THREAT_CATEGORIES.length) // 5
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const THREAT_CATEGORIES = ["armed conflict", "terrorism", "crime", "civil unrest", "hazards"] as const;

/**
 * One of the {@link THREAT_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { ThreatCategory } from "@unsms/risk"
 *
 * const category: ThreatCategory = "civil unrest"
 * console.log(category)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];
