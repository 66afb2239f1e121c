/**
 * The states a register line can be in: `serviceable` (ready for use — the only state that
 * counts towards readiness), `in-repair`, `unserviceable`, and `deployed` (lent to another
 * duty station or a rapid deployment, ¶35). The report names no states; these are our
 * assumption.
 *
 * @example
 * ```ts
 * import { equipmentStates } from "@unsms/equipment"
 *
 * console.log(equipmentStates) // ["serviceable", "in-repair", "unserviceable", "deployed"]
 * ```
 *
 * @category items
 * @since 0.2.0
 */
export const equipmentStates = ["serviceable", "in-repair", "unserviceable", "deployed"] as const;

/**
 * The state of a register line: a member of {@link equipmentStates}.
 *
 * @example
 * ```ts
 * import type { EquipmentState } from "@unsms/equipment"
 *
 * const state: EquipmentState = "in-repair"
 * console.log(state) // "in-repair"
 * ```
 *
 * @category items
 * @since 0.2.0
 */
export type EquipmentState = (typeof equipmentStates)[number];
