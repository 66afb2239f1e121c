/**
 * The boundary of `@unsms/equipment`: the zod schemas of register lines, item codes,
 * required kits, standard lists and the CLI's input, and `readReadinessInput`, which reads
 * them from JSON. Kept apart from `@unsms/equipment` so that code which only computes never
 * loads zod.
 *
 * @packageDocumentation
 */
export { EquipmentItemSchema, ItemCodeSchema } from "./item/EquipmentItemSchema";
export { RequiredKitSchema } from "./readiness/RequiredKitSchema";
export { StandardListSchema } from "./standard/StandardListSchema";
export { ReadinessInputSchema, type ReadinessInput } from "./input/ReadinessInputSchema";
export { readReadinessInput } from "./input/readReadinessInput";
