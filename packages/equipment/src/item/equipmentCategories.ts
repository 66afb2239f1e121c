/**
 * The kinds of specialized security equipment in the central register, after A/61/531 ¶35,
 * which names communications equipment, weapons and protective clothing held by offices
 * away from Headquarters and the regional commissions; `other` takes the rest (medical kits,
 * vehicles' security fittings …).
 *
 * @example
 * ```ts
 * import { equipmentCategories } from "@unsms/equipment"
 *
 * console.log(equipmentCategories) // ["communications", "weapons", "protective", "other"]
 * ```
 *
 * @category items
 * @since 0.2.0
 */
export const equipmentCategories = ["communications", "weapons", "protective", "other"] as const;

/**
 * One kind of equipment: a member of {@link equipmentCategories}.
 *
 * @example
 * ```ts
 * import type { EquipmentCategory } from "@unsms/equipment"
 *
 * const category: EquipmentCategory = "protective"
 * console.log(category) // "protective"
 * ```
 *
 * @category items
 * @since 0.2.0
 */
export type EquipmentCategory = (typeof equipmentCategories)[number];
