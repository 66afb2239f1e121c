/**
 * What a threat may harm, when an assessment rates it per target.
 *
 * Source: **unsms's own list** — neither A/61/531 nor the SRM manual (2019) that unsms
 * cites for the scales gives one.
 *
 * @example
 * ```ts
 * import { RISK_TARGETS } from "@unsms/risk"
 *
 * console.log(RISK_TARGETS.join(", ")) // "staff, premises, assets, programmes"
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const RISK_TARGETS = ["staff", "premises", "assets", "programmes"] as const;

/**
 * One of the {@link RISK_TARGETS}.
 *
 * @example
 * ```ts
 * import type { RiskTarget } from "@unsms/risk"
 *
 * const target: RiskTarget = "premises"
 * console.log(target)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export type RiskTarget = (typeof RISK_TARGETS)[number];
