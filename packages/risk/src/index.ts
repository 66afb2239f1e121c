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
export type * from "./matrix/RiskMatrix";
export type * from "./matrix/ValidRiskMatrix";
export type * from "./matrix/RiskRating";
export * from "./matrix/defaultRiskMatrix";
export * from "./matrix/validateRiskMatrix";
export * from "./matrix/rateRisk";

export * from "./assessment/ThreatCategory";
export * from "./assessment/RiskTarget";
export * from "./assessment/RiskResponse";
export type * from "./assessment/MitigationMeasure";
export type * from "./assessment/Threat";
export type * from "./assessment/RiskRegister";
export type * from "./assessment/RegisterAssessment";
export * from "./assessment/mitigateRisk";
export * from "./assessment/assessRegister";

export * from "./acceptability/ProgrammeCriticality";
export type * from "./acceptability/AcceptableRiskPolicy";
export * from "./acceptability/defaultAcceptableRiskPolicy";
export type * from "./acceptability/Acceptability";
export * from "./acceptability/assessAcceptability";

export * from "./security/SecurityPhase";
export * from "./security/SecurityLevel";
export type * from "./security/SecuritySituation";
export * from "./security/TrainingRule";
export * from "./security/canDeclarePhase";
export * from "./security/requiredTraining";
export * from "./security/mayTravel";

export * from "./compliance/MossCategory";
export type * from "./compliance/MossMeasure";
export type * from "./compliance/MossStandards";
export * from "./compliance/defaultMoss";
export * from "./compliance/defaultHMoss";
export type * from "./compliance/Inspection";
export type * from "./compliance/ComplianceReport";
export * from "./compliance/requiredMeasures";
export * from "./compliance/scoreCompliance";

export * from "./errors/InvalidInspection";
export * from "./errors/InvalidMitigation";
export * from "./errors/InvalidRegister";
export * from "./errors/InvalidRiskMatrix";
export * from "./errors/UnknownScaleValue";
