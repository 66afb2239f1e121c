import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type {
  CategoryRule,
  HolderRole,
  MaxValidity,
  Pass,
  PassCategory,
  PassPolicy,
  PassRegister,
  PassRegisterError,
  PassRequest,
  PassWorkload,
  RegisterEntry,
  Requirement,
  Zone,
  passCategories,
} from "@unsms/access-pass";
import type {
  CategoryRuleSchema,
  HolderRoleSchema,
  MaxValiditySchema,
  PassCategorySchema,
  PassPolicySchema,
  PassRegisterSchema,
  PassRequestSchema,
  PassSchema,
  PassWorkloadSchema,
  RequirementSchema,
  ZoneSchema,
} from "@unsms/access-pass/schema";
import type { DeepReadonly } from "../../../tools/vitest/DeepReadonly";

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;

// One definition of each input type: the zod schema. Each hand-written readonly type (an
// interface where one can say it, so that the site shows it by name and links to it; a union
// of literals or of readonly variants where it cannot) equals its schema's output made
// readonly, field for field at every depth, so that a drift on either side fails `tsc` (the
// package's typecheck target).

expectTypeOf<PassCategory>().toEqualTypeOf<(typeof passCategories)[number]>();
expectTypeOf<PassCategory>().toEqualTypeOf<Out<typeof PassCategorySchema>>();
expectTypeOf<HolderRole>().toEqualTypeOf<Out<typeof HolderRoleSchema>>();
expectTypeOf<Zone>().toEqualTypeOf<Out<typeof ZoneSchema>>();
expectTypeOf<Requirement>().toEqualTypeOf<Out<typeof RequirementSchema>>();
expectTypeOf<MaxValidity>().toEqualTypeOf<Out<typeof MaxValiditySchema>>();
expectTypeOf<CategoryRule>().toEqualTypeOf<Out<typeof CategoryRuleSchema>>();
expectTypeOf<PassPolicy>().toEqualTypeOf<Out<typeof PassPolicySchema>>();
expectTypeOf<Pass>().toEqualTypeOf<Out<typeof PassSchema>>();
expectTypeOf<PassRequest>().toEqualTypeOf<Out<typeof PassRequestSchema>>();
expectTypeOf<PassWorkload>().toEqualTypeOf<Out<typeof PassWorkloadSchema>>();
expectTypeOf<RegisterEntry>().toEqualTypeOf<Out<typeof PassRegisterSchema>[number]>();
expectTypeOf<PassRegister>().toEqualTypeOf<Out<typeof PassRegisterSchema>>();
expectTypeOf<PassRequest["holder"]["role"]>().toEqualTypeOf<HolderRole | undefined>();
expectTypeOf<Pass["holder"]["role"]>().toEqualTypeOf<HolderRole | undefined>();

// the closed union of register refusals, every reason the operations return (the TSDoc and
// the guide list the same ones: test/register/PassRegisterError.test.ts)
expectTypeOf<PassRegisterError["reason"]>().toEqualTypeOf<
  | "not-found"
  | "duplicate"
  | "not-active"
  | "already-revoked"
  | "not-suspended"
  | "renewal-limit"
  | "expired"
  | "invalid-time"
  | "invalid-input"
>();

// every decoded value is one of the readonly types the pure functions take
expectTypeOf<z.output<typeof PassPolicySchema>>().toExtend<PassPolicy>();
expectTypeOf<z.output<typeof PassRegisterSchema>>().toExtend<PassRegister>();
expectTypeOf<z.output<typeof PassRequestSchema>>().toExtend<PassRequest>();
expectTypeOf<z.output<typeof PassWorkloadSchema>>().toExtend<PassWorkload>();
