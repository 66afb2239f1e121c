import { ArrangementSchema, FrameworkSchema } from "@unsms/accountability/schema";
import { CostShareRequestSchema } from "@unsms/cost-sharing/schema";
import { PassPolicySchema, PassRegisterSchema, PassRequestSchema, PassWorkloadSchema } from "@unsms/access-pass/schema";
import { InspectionSchema, RiskMatrixSchema, RiskRegisterSchema } from "@unsms/risk/schema";
import { CoverageRequestSchema, StaffingTableSchema } from "@unsms/staffing/schema";
import { ReadinessInputSchema } from "@unsms/equipment/schema";
import { PresenceInputSchema } from "@unsms/presence/schema";
import { CrisisCentreSchema, SurgePlanInputSchema } from "@unsms/surge/schema";
import { TrainingCheckSchema } from "@unsms/training/schema";
import * as z from "zod";

/**
 * Every input unsms accepts from outside, by the name the CLI's `unsms schema NAME` and
 * {@link decodeInput} know it: the zod schema that checks it. Systems in other languages
 * get the same contract as JSON Schema through {@link inputJsonSchema}. Each is the whole
 * document its command reads: `pass-workload` is the array of workload rows (at least one)
 * that `unsms pass workload` totals, not one row.
 *
 * @example
 * ```ts
 * import { decode, inputSchemas } from "@unsms/sdk/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Object.keys(inputSchemas).sort().join(", "))
 *
 * const noRows = decode(inputSchemas["pass-workload"], [])
 * console.log(Result.isSuccess(noRows)) // false
 * ```
 *
 * @category inputs
 * @since 0.1.0
 */
export const inputSchemas = {
  "accountability-check": ArrangementSchema,
  "accountability-framework": FrameworkSchema,
  "compliance-inspection": InspectionSchema,
  "cost-share": CostShareRequestSchema,
  coverage: CoverageRequestSchema,
  equipment: ReadinessInputSchema,
  "pass-policy": PassPolicySchema,
  "pass-register": PassRegisterSchema,
  "pass-request": PassRequestSchema,
  "pass-workload": /* @__PURE__ */ z.array(PassWorkloadSchema).min(1),
  presence: PresenceInputSchema,
  "risk-matrix": RiskMatrixSchema,
  "risk-register": RiskRegisterSchema,
  "staffing-table": StaffingTableSchema,
  "surge-crisis-centre": CrisisCentreSchema,
  "surge-plan": SurgePlanInputSchema,
  "training-check": TrainingCheckSchema,
} as const;

/**
 * The name of an input unsms accepts: a key of {@link inputSchemas}.
 *
 * @example
 * ```ts
 * import type { InputName } from "@unsms/sdk/schema"
 *
 * const name: InputName = "risk-register"
 * console.log(name)
 * ```
 *
 * @category inputs
 * @since 0.1.0
 */
export type InputName = keyof typeof inputSchemas;
