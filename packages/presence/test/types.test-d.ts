import type { Participant } from "@unsms/cost-sharing";
import type {
  CountingRule,
  EvacuationPolicy,
  Headcounts,
  PresenceCategory,
  PresenceRecord,
  PresentPerson,
} from "@unsms/presence";
import type {
  CountingRuleSchema,
  EvacuationPolicySchema,
  PresenceInput,
  PresenceInputSchema,
  PresenceRecordSchema,
} from "@unsms/presence/schema";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type { DeepReadonly } from "../../../tools/vitest/DeepReadonly";

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;

// One definition of each input type: the schema. Each readonly interface (an interface, so
// that the site shows it by name and links to it) equals its schema's output made readonly, field
// for field at every depth; a drift fails `tsc` (the typecheck target).
test("the input types are the schemas' outputs", () => {
  expectTypeOf<PresenceRecord>().toEqualTypeOf<Out<typeof PresenceRecordSchema>>();
  expectTypeOf<CountingRule>().toEqualTypeOf<Out<typeof CountingRuleSchema>>();
  expectTypeOf<EvacuationPolicy>().toEqualTypeOf<Out<typeof EvacuationPolicySchema>>();
  expectTypeOf<PresenceInput>().toEqualTypeOf<Out<typeof PresenceInputSchema>>();
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
