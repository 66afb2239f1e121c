/**
 * Specialized security equipment (A/61/531 ¶35, ¶47): the central register of items by
 * category, duty station, quantity and state; the standard list as replaceable data (the
 * report gives its size, about 44 items, not its items); and the readiness gaps of each duty
 * station against a required kit. Reading them from JSON is `@unsms/equipment/schema`.
 *
 * @packageDocumentation
 */
export * from "./item/equipmentCategories";
export * from "./item/equipmentStates";
export type * from "./item/EquipmentItem";

export type * from "./register/RegisterSummary";
export * from "./register/summarizeRegister";

export type * from "./standard/StandardList";
export * from "./standard/standardEquipmentList";
export type * from "./standard/StandardCheck";
export * from "./standard/checkStandardItems";

export type * from "./readiness/RequiredKit";
export type * from "./readiness/Readiness";
export * from "./readiness/readinessGaps";

export * from "./errors/InvalidEquipmentInput";
