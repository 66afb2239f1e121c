import type { EquipmentCategory } from "../item/equipmentCategories";

/**
 * The list of standardized items of field security equipment (A/61/531 ¶47): replaceable
 * data, default {@link standardEquipmentList}. What `StandardListSchema`
 * (`@unsms/equipment/schema`) decodes, field for field (a type test ties the two).
 *
 * @example
 * ```ts
 * import type { StandardList } from "@unsms/equipment"
 *
 * const list: StandardList = { name: "agency list", basis: "agency, 2026", items: [{ item: "SAT-PHONE", category: "communications" }] }
 * console.log(list.items[0]?.item) // "SAT-PHONE"
 * ```
 *
 * @category standard list
 * @since 0.2.0
 */
export interface StandardList {
  /** The list's name. */
  readonly name: string;
  /** Its basis: a source with its year, or "our assumption". */
  readonly basis: string;
  /** How many items the source says the list has, when it says so (¶47: about 44). */
  readonly reportedCount?: number | undefined;
  /** The standardized items, each with its category. */
  readonly items: ReadonlyArray<{
    readonly item: string;
    readonly name?: string | undefined;
    readonly category: EquipmentCategory;
  }>;
}
