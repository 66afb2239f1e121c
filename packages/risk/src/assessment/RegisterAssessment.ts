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
 * import type { AssessedRisk } from "@unsms/risk"
 *
 * const line = (risk: AssessedRisk) => `${risk.id}: ${risk.inherent.level} → ${risk.residual.level}`
 * console.log(typeof line)
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
 * import type { RegisterSummary } from "@unsms/risk"
 *
 * const top = (summary: RegisterSummary) => summary.highest[0]?.id
 * console.log(typeof top)
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
 * import type { RegisterAssessment } from "@unsms/risk"
 *
 * const verdict = (assessment: RegisterAssessment) => assessment.acceptability.acceptable
 * console.log(typeof verdict)
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
