/**
 * Security risk management for the UN security management system (A/61/531 ¶14–18, ¶22,
 * ¶28, ¶33): risk matrices as validated values (the default 5×5 is unsms's documented
 * assumption), threat registers with inherent and residual risk, acceptability by
 * programme criticality, the security phases and the Security Level System with the rules
 * that depend on them, and MOSS / H-MOSS compliance scoring. The schemas and the functions
 * that decode unknown input are `@unsms/risk/schema`; nothing here loads zod.
 *
 * @packageDocumentation
 */
export type { RiskMatrix } from "./matrix/RiskMatrix";
export type { ValidRiskMatrix } from "./matrix/ValidRiskMatrix";
export type { RiskRating } from "./matrix/RiskRating";
export {
  DEFAULT_RISK_MATRIX,
  DEFAULT_RISK_MATRIX_SOURCE,
  IMPACT_LEVELS,
  LIKELIHOOD_LEVELS,
  RISK_LEVELS,
} from "./matrix/defaultRiskMatrix";
export { validateRiskMatrix } from "./matrix/validateRiskMatrix";
export { rateRisk } from "./matrix/rateRisk";

export { THREAT_CATEGORIES, type ThreatCategory } from "./assessment/ThreatCategory";
export { RISK_TARGETS, type RiskTarget } from "./assessment/RiskTarget";
export { RISK_RESPONSES, type RiskResponse } from "./assessment/RiskResponse";
export type { MitigationMeasure } from "./assessment/MitigationMeasure";
export type { Threat } from "./assessment/Threat";
export type { RiskRegister } from "./assessment/RiskRegister";
export type {
  AssessedRisk,
  LevelCount,
  MeasureEffect,
  RegisterAssessment,
  RegisterSummary,
} from "./assessment/RegisterAssessment";
export { mitigateRisk } from "./assessment/mitigateRisk";
export { assessRegister } from "./assessment/assessRegister";

export { PROGRAMME_CRITICALITIES, type ProgrammeCriticality } from "./acceptability/ProgrammeCriticality";
export type { AcceptableRiskPolicy } from "./acceptability/AcceptableRiskPolicy";
export { DEFAULT_ACCEPTABLE_RISK_POLICY } from "./acceptability/defaultAcceptableRiskPolicy";
export type { Acceptability } from "./acceptability/Acceptability";
export { assessAcceptability } from "./acceptability/assessAcceptability";

export {
  SECURITY_PHASE_NUMBERS,
  SECURITY_PHASES,
  type SecurityPhase,
  type SecurityPhaseDefinition,
} from "./security/SecurityPhase";
export {
  SECURITY_LEVEL_NUMBERS,
  SECURITY_LEVELS,
  type SecurityLevel,
  type SecurityLevelDefinition,
} from "./security/SecurityLevel";
export type { SecuritySituation } from "./security/SecuritySituation";
export { TRAINING_RULES, type TrainingCondition, type TrainingRule } from "./security/TrainingRule";
export { canDeclarePhase } from "./security/canDeclarePhase";
export { requiredTraining } from "./security/requiredTraining";
export { mayTravel } from "./security/mayTravel";

export { MOSS_CATEGORIES, type MossCategory } from "./compliance/MossCategory";
export type { MossMeasure } from "./compliance/MossMeasure";
export type { MossStandards } from "./compliance/MossStandards";
export { DEFAULT_MOSS } from "./compliance/defaultMoss";
export { DEFAULT_H_MOSS } from "./compliance/defaultHMoss";
export type { Finding, Inspection } from "./compliance/Inspection";
export type { CategoryCompliance, ComplianceReport, UnmetMeasure } from "./compliance/ComplianceReport";
export { requiredMeasures } from "./compliance/requiredMeasures";
export { scoreCompliance } from "./compliance/scoreCompliance";

export { InvalidInspection } from "./errors/InvalidInspection";
export { InvalidMitigation } from "./errors/InvalidMitigation";
export { InvalidRegister } from "./errors/InvalidRegister";
export { InvalidRiskMatrix } from "./errors/InvalidRiskMatrix";
export { UnknownScaleValue } from "./errors/UnknownScaleValue";
