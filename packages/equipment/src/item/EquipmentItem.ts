import type * as z from "zod";
import type { EquipmentItemSchema } from "./EquipmentItemSchema";

/**
 * One line of the central register of specialized equipment (A/61/531 ¶35): so many of an
 * item, of a category, standard or not (¶47), at a duty station, in a state. The type is
 * the output of `EquipmentItemSchema` (`@unsms/equipment/schema`).
 *
 * @example
 * ```ts
 * import type { EquipmentItem } from "@unsms/equipment"
 * import type { DutyStationId } from "@unsms/core"
 *
 * const line: EquipmentItem = {
 *   item: "BODY-ARMOUR", category: "protective", standard: true, dutyStation: "Manila" as DutyStationId, quantity: 25, state: "serviceable",
 * }
 * console.log(line.quantity) // 25
 * ```
 *
 * @category items
 * @since 0.2.0
 */
export type EquipmentItem = z.output<typeof EquipmentItemSchema>;
