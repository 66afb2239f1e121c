/**
 * The boundary of `@unsms/equipment`: the zod schemas of register lines, item codes,
 * required kits, standard lists and the CLI's input, and `readReadinessInput`, which reads
 * them from JSON. Kept apart from `@unsms/equipment` so that code which only computes never
 * loads zod.
 *
 * @packageDocumentation
 */
export * from "./item/EquipmentItemSchema";
export * from "./readiness/RequiredKitSchema";
export * from "./standard/StandardListSchema";
export * from "./input/ReadinessInputSchema";
export * from "./input/readReadinessInput";
