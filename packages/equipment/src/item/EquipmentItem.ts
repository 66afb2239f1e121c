import type { DutyStationId } from "@unsms/core";
import type { EquipmentCategory } from "./equipmentCategories";
import type { EquipmentState } from "./equipmentStates";

/**
 * One line of the central register of specialized equipment (A/61/531 ¶35): so many of an
 * item, of a category, standard or not (¶47), at a duty station, in a state. What
 * `EquipmentItemSchema` (`@unsms/equipment/schema`) decodes, field for field (a type test
 * ties the two).
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
export interface EquipmentItem {
  /** The item's code (`"VHF-HANDHELD"`). */
  readonly item: string;
  /** Its name in words, when the register gives one. */
  readonly name?: string | undefined;
  /** Its category. */
  readonly category: EquipmentCategory;
  /** Whether it is on the standardized list (¶47). */
  readonly standard: boolean;
  /** Where it is. */
  readonly dutyStation: DutyStationId;
  /** How many, 0 to 1 000 000 000. */
  readonly quantity: number;
  /** Its state. */
  readonly state: EquipmentState;
}
