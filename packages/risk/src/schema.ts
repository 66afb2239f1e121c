/**
 * The boundary of `@unsms/risk`: the zod schemas of its inputs (printed as JSON Schema by
 * `unsms schema`) and the functions that decode unknown input into the values the pure
 * functions of `@unsms/risk` take (`readRiskMatrix` returns a validated matrix). Kept apart
 * from `@unsms/risk` so that code which only computes never loads zod.
 *
 * @packageDocumentation
 */
export { RiskMatrixSchema } from "./matrix/RiskMatrixSchema";
export { ThreatCategorySchema } from "./assessment/ThreatCategorySchema";
export { RiskTargetSchema } from "./assessment/RiskTargetSchema";
export { RiskResponseSchema } from "./assessment/RiskResponseSchema";
export { MitigationMeasureSchema } from "./assessment/MitigationMeasureSchema";
export { ThreatSchema } from "./assessment/ThreatSchema";
export { RiskRegisterSchema } from "./assessment/RiskRegisterSchema";
export { ProgrammeCriticalitySchema } from "./acceptability/ProgrammeCriticalitySchema";
export { AcceptableRiskPolicySchema } from "./acceptability/AcceptableRiskPolicySchema";
export { SecurityPhaseSchema } from "./security/SecurityPhaseSchema";
export { SecurityLevelSchema } from "./security/SecurityLevelSchema";
export { SecuritySituationSchema } from "./security/SecuritySituationSchema";
export { MossCategorySchema } from "./compliance/MossCategorySchema";
export { MossMeasureSchema } from "./compliance/MossMeasureSchema";
export { MossStandardsSchema } from "./compliance/MossStandardsSchema";
export { InspectionSchema } from "./compliance/InspectionSchema";

export { readRiskMatrix } from "./read/readRiskMatrix";
export { readRiskRegister } from "./read/readRiskRegister";
export { readInspection } from "./read/readInspection";
