import type { EquipmentCategory } from "../item/equipmentCategories";

/**
 * The central register at a glance ({@link summarizeRegister}): per category (in the order
 * of `equipmentCategories`, categories with no line left out) the quantity held, how much
 * of it is serviceable and how much is of standard items; and the same over all.
 *
 * @example
 * ```ts
 * import type { RegisterSummary } from "@unsms/equipment"
 *
 * const empty: RegisterSummary = { stations: 0, total: { quantity: 0, serviceable: 0, standard: 0 }, byCategory: [] }
 * console.log(empty.total.quantity) // 0
 * ```
 *
 * @category register
 * @since 0.2.0
 */
export interface RegisterSummary {
  /** Duty stations holding at least one line. */
  readonly stations: number;
  /** Over all categories. */
  readonly total: { readonly quantity: number; readonly serviceable: number; readonly standard: number };
  /** Per category, in the order of `equipmentCategories`. */
  readonly byCategory: ReadonlyArray<{
    readonly category: EquipmentCategory;
    readonly quantity: number;
    readonly serviceable: number;
    readonly standard: number;
  }>;
}
