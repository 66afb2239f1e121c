import type { Participant } from "@unsms/cost-sharing";
import type {
  CountingRule,
  EvacuationPolicy,
  Headcounts,
  PresenceCategory,
  PresenceRecord,
  PresentPerson,
} from "@unsms/presence";
import type { CountingRuleSchema, EvacuationPolicySchema, PresenceRecordSchema } from "@unsms/presence/schema";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";

// One definition of each input type: the schema. These fail `tsc` (the typecheck target) on a drift.
test("the input types are the schemas' outputs", () => {
  expectTypeOf<PresenceRecord>().toEqualTypeOf<z.output<typeof PresenceRecordSchema>>();
  expectTypeOf<CountingRule>().toEqualTypeOf<z.output<typeof CountingRuleSchema>>();
  expectTypeOf<EvacuationPolicy>().toEqualTypeOf<z.output<typeof EvacuationPolicySchema>>();
  expectTypeOf<PresenceCategory>().toEqualTypeOf<z.output<typeof PresenceRecordSchema>["category"]>();
  expectTypeOf<Date>().toEqualTypeOf<z.output<typeof PresenceRecordSchema>["from"]>();
});

test("a present person carries the record's own types", () => {
  expectTypeOf<PresentPerson>().toEqualTypeOf<{
    readonly person: PresenceRecord["person"];
    readonly organization: PresenceRecord["organization"];
    readonly category: PresenceRecord["category"];
    readonly dutyStation: PresenceRecord["dutyStation"];
    readonly source: PresenceRecord["source"];
  }>();
});

test("headcounts are participants exactly as cost-sharing takes them", () => {
  expectTypeOf<Headcounts["participants"]>().toExtend<ReadonlyArray<Participant>>();
});
