/**
 * The boundary of `@unsms/risk`: the zod schemas of its inputs (printed as JSON Schema by
 * `unsms schema`) and the functions that decode unknown input into the values the pure
 * functions of `@unsms/risk` take (`readRiskMatrix` returns a validated matrix). Kept apart
 * from `@unsms/risk` so that code which only computes never loads zod.
 *
 * @packageDocumentation
 */
export * from "./matrix/RiskMatrixSchema";
export * from "./assessment/ThreatCategorySchema";
export * from "./assessment/RiskTargetSchema";
export * from "./assessment/RiskResponseSchema";
export * from "./assessment/MitigationMeasureSchema";
export * from "./assessment/ThreatSchema";
export * from "./assessment/RiskRegisterSchema";
export * from "./acceptability/ProgrammeCriticalitySchema";
export * from "./acceptability/AcceptableRiskPolicySchema";
export * from "./security/SecurityPhaseSchema";
export * from "./security/SecurityLevelSchema";
export * from "./security/SecuritySituationSchema";
export * from "./compliance/MossCategorySchema";
export * from "./compliance/MossMeasureSchema";
export * from "./compliance/MossStandardsSchema";
export * from "./compliance/InspectionSchema";

export * from "./read/readRiskMatrix";
export * from "./read/readRiskRegister";
export * from "./read/readInspection";
