import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type {
  AccountabilityLine,
  AppointmentRule,
  Arrangement,
  Duty,
  Framework,
  OrganizationKind,
  Role,
  StationRole,
} from "@unsms/accountability";
import type {
  AccountabilityLineSchema,
  AppointmentRuleSchema,
  ArrangementSchema,
  DutySchema,
  FrameworkSchema,
  OrganizationKindSchema,
  RoleSchema,
  StationRoleSchema,
} from "@unsms/accountability/schema";

// Each hand-written readonly type is tied to its schema both ways: what the schema
// decodes is a value of the type, and every value of the type passes the schema's shape.
// A field added to one and not the other fails `tsc` here.
type Mutable<T> =
  T extends ReadonlyArray<infer U>
    ? Array<Mutable<U>>
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T;

expectTypeOf<z.output<typeof OrganizationKindSchema>>().toEqualTypeOf<OrganizationKind>();
expectTypeOf<z.output<typeof StationRoleSchema>>().toEqualTypeOf<StationRole>();
expectTypeOf<z.output<typeof AccountabilityLineSchema>>().toEqualTypeOf<Mutable<AccountabilityLine>>();
expectTypeOf<z.output<typeof AppointmentRuleSchema>>().toEqualTypeOf<Mutable<AppointmentRule>>();
expectTypeOf<z.output<typeof DutySchema>>().toEqualTypeOf<Mutable<Duty>>();
expectTypeOf<z.output<typeof RoleSchema>>().toEqualTypeOf<Mutable<Role>>();
expectTypeOf<z.output<typeof FrameworkSchema>>().toEqualTypeOf<Mutable<Framework>>();
// The arrangement's ids are core's branded ids in the schema and plain strings in the
// interface: what the schema decodes is an Arrangement, with the same fields.
type Output = z.output<typeof ArrangementSchema>;
expectTypeOf<Output>().toExtend<Arrangement>();
expectTypeOf<keyof Output>().toEqualTypeOf<keyof Arrangement>();
expectTypeOf<keyof Output["people"][number]>().toEqualTypeOf<keyof Arrangement["people"][number]>();
expectTypeOf<keyof Output["organizations"][number]>().toEqualTypeOf<keyof Arrangement["organizations"][number]>();
expectTypeOf<keyof Output["appointments"][number]>().toEqualTypeOf<keyof Arrangement["appointments"][number]>();
