import { fc } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { equipmentCategories, equipmentStates, type EquipmentItem, type RequiredKit } from "@unsms/equipment";

const items = ["VHF", "HF", "SAT", "ARMOUR", "HELMET"] as const;

/** Register lines over few items and stations, in every state. */
export const registerArb: fc.Arbitrary<Array<EquipmentItem>> = fc.array(
  fc.record({
    item: fc.constantFrom(...items),
    category: fc.constantFrom(...equipmentCategories),
    standard: fc.boolean(),
    dutyStation: fc.constantFrom("Bogota", "Manila", "Cairo").map((s) => s as DutyStationId),
    quantity: fc.nat({ max: 30 }),
    state: fc.constantFrom(...equipmentStates),
  }),
  { maxLength: 40 },
);

/** A kit naming some of the items once each. */
export const kitArb: fc.Arbitrary<RequiredKit> = fc
  .subarray([...items], { minLength: 1 })
  .chain((chosen) => fc.tuple(...chosen.map((item) => fc.nat({ max: 40 }).map((quantity) => ({ item, quantity })))))
  .map((lines) => ({ name: "kit", basis: "test", items: lines }));

/** A copy of `items` in the order of `keys`. */
export const reorder = <A>(list: ReadonlyArray<A>, keys: ReadonlyArray<number>): Array<A> =>
  list
    .map((item, index) => ({ item, key: keys[index] ?? index }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
