import type { Acceptability } from "../acceptability/Acceptability";
import type { ValidRiskMatrix } from "../matrix/ValidRiskMatrix";
import type { RiskRating } from "../matrix/RiskRating";
import type { RiskResponse } from "./RiskResponse";
import type { RiskTarget } from "./RiskTarget";
import type { ThreatCategory } from "./ThreatCategory";

/**
 * One threat of a register, assessed: its inherent risk (before measures), its residual
 * risk (after them) and by how many risk levels the measures lowered it.
 *
 * @example
 * ```ts
 * import { assessRegister, type AssessedRisk } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const { risks } = Result.getOrThrow(assessRegister({
 *   location: "Field office A",
 *   measures: [{ id: "escort", description: "armed escort", reduces: { likelihood: 2, impact: 0 }, basis: "deterrence" }],
 *   threats: [
 *     { id: "T1", category: "crime", description: "ambush on the road", likelihood: "Likely", impact: "Severe", measures: ["escort"], response: "control" },
 *     { id: "T2", category: "hazards", description: "flooding of the compound", likelihood: "Unlikely", impact: "Moderate", measures: [], response: "accept" },
 *   ],
 * }))
 * const line = (risk: AssessedRisk) => `${risk.id}: ${risk.inherent.level} → ${risk.residual.level}`
 * console.log(risks.map(line)) // ["T1: Very high → Medium", "T2: Low → Low"]
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface AssessedRisk {
  /** The threat's id. */
  readonly id: string;
  /** Its category. */
  readonly category: ThreatCategory;
  /** Its description. */
  readonly description: string;
  /** Its target, or null when the register does not rate per target. */
  readonly target: RiskTarget | null;
  /** The risk before measures. */
  readonly inherent: RiskRating;
  /** The risk after the threat's measures. */
  readonly residual: RiskRating;
  /** The measures applied (ids). */
  readonly measures: ReadonlyArray<string>;
  /** The response chosen. */
  readonly response: RiskResponse;
  /** `inherent.rank - residual.rank`: risk levels removed by the measures (never negative). */
  readonly lowered: number;
}

/**
 * How many threats sit at one risk level before and after the measures.
 *
 * @example
 * ```ts
 * import type { LevelCount } from "@unsms/risk"
 *
 * const high: LevelCount = { level: "High", inherent: 3, residual: 1 }
 * console.log(high.inherent - high.residual)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface LevelCount {
  /** The risk level. */
  readonly level: string;
  /** Threats at this level before measures. */
  readonly inherent: number;
  /** Threats at this level after measures. */
  readonly residual: number;
}

/**
 * How much one measure lowers the register's risk: the risk levels it removes, summed
 * over the threats it is applied to, each time as if it were the threat's only measure.
 *
 * @example
 * ```ts
 * import type { MeasureEffect } from "@unsms/risk"
 *
 * const effect: MeasureEffect = { id: "escort", description: "armed escort", appliedTo: 2, levelsLowered: 3 }
 * console.log(effect.levelsLowered)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface MeasureEffect {
  /** The measure's id. */
  readonly id: string;
  /** What it is. */
  readonly description: string;
  /** How many threats it is applied to. */
  readonly appliedTo: number;
  /** Risk levels it removes on its own, summed over those threats. */
  readonly levelsLowered: number;
}

/**
 * The register-level summary: counts per risk level before and after the measures (all
 * the matrix's levels, lowest first), the highest residual risks, and the measures that
 * lower the most risk (most first).
 *
 * @example
 * ```ts
 * import { assessRegister, type RegisterSummary } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const summary: RegisterSummary = Result.getOrThrow(assessRegister({
 *   location: "Field office A",
 *   measures: [{ id: "escort", description: "armed escort", reduces: { likelihood: 2, impact: 0 }, basis: "deterrence" }],
 *   threats: [
 *     { id: "T1", category: "crime", description: "ambush on the road", likelihood: "Likely", impact: "Severe", measures: ["escort"], response: "control" },
 *     { id: "T2", category: "hazards", description: "flooding of the compound", likelihood: "Unlikely", impact: "Moderate", measures: [], response: "accept" },
 *   ],
 * })).summary
 * console.log(summary.highest.map((risk) => risk.id), summary.mostEffective[0]?.levelsLowered) // ["T1", "T2"] 2
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface RegisterSummary {
  /** Threats per level, before and after, in the matrix's order (lowest first). */
  readonly counts: ReadonlyArray<LevelCount>;
  /** The highest residual risks (then highest inherent, then register order), at most `top`. */
  readonly highest: ReadonlyArray<AssessedRisk>;
  /** Every measure by the risk it lowers (most first, then most threats, then id). */
  readonly mostEffective: ReadonlyArray<MeasureEffect>;
}

/**
 * The result of {@link assessRegister}: every threat assessed, the summary, and whether
 * the activity may go ahead at its highest residual risk.
 *
 * @example
 * ```ts
 * import { assessRegister, type RegisterAssessment } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const assessment: RegisterAssessment = Result.getOrThrow(assessRegister({
 *   location: "Field office A",
 *   measures: [{ id: "escort", description: "armed escort", reduces: { likelihood: 2, impact: 0 }, basis: "deterrence" }],
 *   threats: [
 *     { id: "T1", category: "crime", description: "ambush on the road", likelihood: "Likely", impact: "Severe", measures: ["escort"], response: "control" },
 *     { id: "T2", category: "hazards", description: "flooding of the compound", likelihood: "Unlikely", impact: "Moderate", measures: [], response: "accept" },
 *   ],
 * }))
 * console.log(assessment.acceptability.acceptable, assessment.acceptability.residual) // true "Medium"
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export interface RegisterAssessment {
  /** The location or activity assessed. */
  readonly location: string;
  /** The date of the assessment, or null. */
  readonly date: string | null;
  /** The matrix used. */
  readonly matrix: ValidRiskMatrix;
  /** Every threat, in register order. */
  readonly risks: ReadonlyArray<AssessedRisk>;
  /** Counts, highest risks, most effective measures. */
  readonly summary: RegisterSummary;
  /** Whether the activity may go ahead at the register's highest residual risk. */
  readonly acceptability: Acceptability;
}
