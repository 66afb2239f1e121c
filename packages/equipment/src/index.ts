/**
 * Specialized security equipment (A/61/531 ¶35, ¶47): the central register of items by
 * category, duty station, quantity and state; the standard list as replaceable data (the
 * report gives its size, about 44 items, not its items); and the readiness gaps of each duty
 * station against a required kit. Reading them from JSON is `@unsms/equipment/schema`.
 *
 * @packageDocumentation
 */
export { equipmentCategories, type EquipmentCategory } from "./item/equipmentCategories";
export { equipmentStates, type EquipmentState } from "./item/equipmentStates";
export type { EquipmentItem } from "./item/EquipmentItem";

export type { RegisterSummary } from "./register/RegisterSummary";
export { summarizeRegister } from "./register/summarizeRegister";

export type { StandardList } from "./standard/StandardList";
export { standardEquipmentList } from "./standard/standardEquipmentList";
export type { StandardCheck } from "./standard/StandardCheck";
export { checkStandardItems } from "./standard/checkStandardItems";

export type { RequiredKit } from "./readiness/RequiredKit";
export type { Readiness, ReadinessGap } from "./readiness/Readiness";
export { readinessGaps } from "./readiness/readinessGaps";

export { InvalidEquipmentInput } from "./errors/InvalidEquipmentInput";
