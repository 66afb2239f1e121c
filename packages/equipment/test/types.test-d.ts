import type { EquipmentCategory, EquipmentItem, EquipmentState, RequiredKit, StandardList } from "@unsms/equipment";
import type {
  EquipmentItemSchema,
  ReadinessInput,
  ReadinessInputSchema,
  RequiredKitSchema,
  StandardListSchema,
} from "@unsms/equipment/schema";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type { DeepReadonly } from "../../../tools/vitest/DeepReadonly";

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;

// One definition of each input type: the schema. Each readonly interface (an interface, so
// that the site shows it by name and links to it) equals its schema's output made readonly, field
// for field at every depth; a drift fails `tsc` (the typecheck target).
test("the input types are the schemas' outputs", () => {
  expectTypeOf<EquipmentItem>().toEqualTypeOf<Out<typeof EquipmentItemSchema>>();
  expectTypeOf<RequiredKit>().toEqualTypeOf<Out<typeof RequiredKitSchema>>();
  expectTypeOf<StandardList>().toEqualTypeOf<Out<typeof StandardListSchema>>();
  expectTypeOf<ReadinessInput>().toEqualTypeOf<Out<typeof ReadinessInputSchema>>();
  expectTypeOf<EquipmentCategory>().toEqualTypeOf<EquipmentItem["category"]>();
  expectTypeOf<EquipmentState>().toEqualTypeOf<EquipmentItem["state"]>();
});
