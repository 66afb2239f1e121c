import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type {
  CategoryRule,
  HolderRole,
  Pass,
  PassCategory,
  PassPolicy,
  PassRegister,
  PassRegisterError,
  PassRequest,
  PassWorkload,
  passCategories,
} from "@unsms/access-pass";
import type {
  CategoryRuleSchema,
  HolderRoleSchema,
  PassCategorySchema,
  PassPolicySchema,
  PassRegisterSchema,
  PassRequestSchema,
  PassSchema,
  PassWorkloadSchema,
} from "@unsms/access-pass/schema";

// One definition of each input type: the zod schema. Types derived from it are equal by
// construction; the hand-written readonly interfaces are tied to it here, so that a drift
// on either side fails `tsc` (the package's typecheck target).

expectTypeOf<PassCategory>().toEqualTypeOf<(typeof passCategories)[number]>();
expectTypeOf<PassCategory>().toEqualTypeOf<z.output<typeof PassCategorySchema>>();
expectTypeOf<Pass>().toEqualTypeOf<z.output<typeof PassSchema>>();
expectTypeOf<PassRequest>().toEqualTypeOf<z.output<typeof PassRequestSchema>>();
expectTypeOf<PassWorkload>().toEqualTypeOf<z.output<typeof PassWorkloadSchema>>();
expectTypeOf<HolderRole>().toEqualTypeOf<z.output<typeof HolderRoleSchema>>();
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

// readonly interfaces: the same members, and every decoded value is one
expectTypeOf<keyof CategoryRule>().toEqualTypeOf<keyof z.output<typeof CategoryRuleSchema>>();
expectTypeOf<z.output<typeof CategoryRuleSchema>>().toExtend<CategoryRule>();
expectTypeOf<keyof PassPolicy>().toEqualTypeOf<keyof z.output<typeof PassPolicySchema>>();
expectTypeOf<keyof PassPolicy["categories"]>().toEqualTypeOf<keyof z.output<typeof PassPolicySchema>["categories"]>();
expectTypeOf<z.output<typeof PassPolicySchema>>().toExtend<PassPolicy>();
expectTypeOf<z.output<typeof PassRegisterSchema>>().toExtend<PassRegister>();
