// Each input type of @unsms/risk has one definition: its zod schema. The readonly
// interfaces the functions take must equal the schemas' outputs (made readonly), so that a
// field added, dropped or retyped on one side only fails `tsc` (the typecheck target).
import type * as z from "zod";
import { expectTypeOf, test } from "vitest";
import type {
  AcceptableRiskPolicy,
  Finding,
  Inspection,
  MitigationMeasure,
  MossCategory,
  MossMeasure,
  MossStandards,
  ProgrammeCriticality,
  RiskMatrix,
  RiskRegister,
  RiskResponse,
  RiskTarget,
  SecurityLevel,
  SecurityPhase,
  SecuritySituation,
  Threat,
  ThreatCategory,
  ValidRiskMatrix,
} from "@unsms/risk";
import type {
  AcceptableRiskPolicySchema,
  InspectionSchema,
  MitigationMeasureSchema,
  MossCategorySchema,
  MossMeasureSchema,
  MossStandardsSchema,
  ProgrammeCriticalitySchema,
  RiskMatrixSchema,
  RiskRegisterSchema,
  RiskResponseSchema,
  RiskTargetSchema,
  SecurityLevelSchema,
  SecurityPhaseSchema,
  SecuritySituationSchema,
  ThreatCategorySchema,
  ThreatSchema,
  readRiskMatrix,
} from "@unsms/risk/schema";
import type { DeepReadonly } from "../../../../tools/vitest/DeepReadonly";

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;

test("every interface is its schema's output, readonly", () => {
  expectTypeOf<RiskMatrix>().toEqualTypeOf<Out<typeof RiskMatrixSchema>>();
  expectTypeOf<MitigationMeasure>().toEqualTypeOf<Out<typeof MitigationMeasureSchema>>();
  expectTypeOf<Threat>().toEqualTypeOf<Out<typeof ThreatSchema>>();
  expectTypeOf<RiskRegister>().toEqualTypeOf<Out<typeof RiskRegisterSchema>>();
  expectTypeOf<AcceptableRiskPolicy>().toEqualTypeOf<Out<typeof AcceptableRiskPolicySchema>>();
  expectTypeOf<SecuritySituation>().toEqualTypeOf<Out<typeof SecuritySituationSchema>>();
  expectTypeOf<MossMeasure>().toEqualTypeOf<Out<typeof MossMeasureSchema>>();
  expectTypeOf<MossStandards>().toEqualTypeOf<Out<typeof MossStandardsSchema>>();
  expectTypeOf<Inspection>().toEqualTypeOf<Out<typeof InspectionSchema>>();
  expectTypeOf<Finding>().toEqualTypeOf<Inspection["findings"][number]>();
});

test("every vocabulary type is its enum schema's output", () => {
  expectTypeOf<ThreatCategory>().toEqualTypeOf<z.output<typeof ThreatCategorySchema>>();
  expectTypeOf<RiskTarget>().toEqualTypeOf<z.output<typeof RiskTargetSchema>>();
  expectTypeOf<RiskResponse>().toEqualTypeOf<z.output<typeof RiskResponseSchema>>();
  expectTypeOf<ProgrammeCriticality>().toEqualTypeOf<z.output<typeof ProgrammeCriticalitySchema>>();
  expectTypeOf<SecurityPhase>().toEqualTypeOf<z.output<typeof SecurityPhaseSchema>>();
  expectTypeOf<SecurityLevel>().toEqualTypeOf<z.output<typeof SecurityLevelSchema>>();
  expectTypeOf<MossCategory>().toEqualTypeOf<z.output<typeof MossCategorySchema>>();
});

test("a validated matrix is a brand: a RiskMatrix is not one until validateRiskMatrix or readRiskMatrix says so", () => {
  expectTypeOf<ValidRiskMatrix>().toExtend<RiskMatrix>();
  expectTypeOf<RiskMatrix>().not.toExtend<ValidRiskMatrix>();
  expectTypeOf<ReturnType<typeof readRiskMatrix>>().toExtend<
    { readonly _tag: "Success"; readonly success: ValidRiskMatrix } | { readonly _tag: "Failure" }
  >();
});
