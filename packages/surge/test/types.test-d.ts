import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type { CrisisCentre, DeploymentNeed, DeploymentRequest, StandbyOfficer } from "@unsms/surge";
import type {
  CrisisCentreSchema,
  DeploymentNeedSchema,
  DeploymentRequestSchema,
  StandbyOfficerSchema,
} from "@unsms/surge/schema";

test("the schemas decode to the types the functions take", () => {
  expectTypeOf<z.output<typeof StandbyOfficerSchema>>().toExtend<StandbyOfficer>();
  expectTypeOf<keyof z.output<typeof StandbyOfficerSchema>>().toEqualTypeOf<keyof StandbyOfficer>();
  expectTypeOf<z.output<typeof DeploymentNeedSchema>>().toExtend<DeploymentNeed>();
  expectTypeOf<keyof z.output<typeof DeploymentNeedSchema>>().toEqualTypeOf<keyof DeploymentNeed>();
  expectTypeOf<z.output<typeof DeploymentRequestSchema>>().toExtend<DeploymentRequest>();
  expectTypeOf<keyof z.output<typeof DeploymentRequestSchema>>().toEqualTypeOf<keyof DeploymentRequest>();
  expectTypeOf<z.output<typeof CrisisCentreSchema>>().toExtend<CrisisCentre>();
  expectTypeOf<keyof z.output<typeof CrisisCentreSchema>>().toEqualTypeOf<keyof CrisisCentre>();
});
