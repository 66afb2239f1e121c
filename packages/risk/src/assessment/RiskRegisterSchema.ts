import * as z from "zod";
import { AcceptableRiskPolicySchema } from "../acceptability/AcceptableRiskPolicySchema";
import { MitigationMeasureSchema } from "./MitigationMeasureSchema";
import { ProgrammeCriticalitySchema } from "../acceptability/ProgrammeCriticalitySchema";
import { RiskMatrixSchema } from "../matrix/RiskMatrixSchema";
import { ThreatSchema } from "./ThreatSchema";
import { MAX_LIST_ITEMS } from "../internal/listProblem";

/**
 * Checks a {@link @unsms/risk!index.RiskRegister | RiskRegister}'s shape (the input of `unsms risk assess`, printed by
 * `unsms schema risk-register`). Whether its levels and references agree is
 * {@link @unsms/risk!index.assessRegister | assessRegister}'s job.
 *
 * @example
 * ```ts
 * import { RiskRegisterSchema } from "@unsms/risk/schema"
 *
 * console.log(RiskRegisterSchema.safeParse({ location: "x", threats: [] }).success) // false (no threats)
 * ```
 *
 * @category assessment
 * @since 0.1.0
 */
export const RiskRegisterSchema = z.strictObject({
  location: z.string().min(1),
  date: z.iso.date().optional(),
  programmeCriticality: ProgrammeCriticalitySchema.optional(),
  matrix: RiskMatrixSchema.optional(),
  acceptableRisk: AcceptableRiskPolicySchema.optional(),
  measures: z.array(MitigationMeasureSchema).max(MAX_LIST_ITEMS).default([]),
  threats: z.array(ThreatSchema).min(1).max(MAX_LIST_ITEMS),
});
