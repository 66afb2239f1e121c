import type { EquipmentCategory, EquipmentItem, EquipmentState, RequiredKit, StandardList } from "@unsms/equipment";
import type { EquipmentItemSchema, RequiredKitSchema, StandardListSchema } from "@unsms/equipment/schema";
import { expectTypeOf, test } from "vitest";
import type * as z from "zod";

// One definition of each input type: the schema. These fail `tsc` (the typecheck target) on a drift.
test("the input types are the schemas' outputs", () => {
  expectTypeOf<EquipmentItem>().toEqualTypeOf<z.output<typeof EquipmentItemSchema>>();
  expectTypeOf<RequiredKit>().toEqualTypeOf<z.output<typeof RequiredKitSchema>>();
  expectTypeOf<StandardList>().toEqualTypeOf<z.output<typeof StandardListSchema>>();
  expectTypeOf<EquipmentCategory>().toEqualTypeOf<EquipmentItem["category"]>();
  expectTypeOf<EquipmentState>().toEqualTypeOf<EquipmentItem["state"]>();
});
