/**
 * The kinds of people a presence record can hold, in the order lists print them: staff of
 * a participating organization, their dependants, consultants, contractors' personnel and
 * visitors (missions, delegations). A/61/531 ¶25 speaks of knowing which staff are at a duty
 * station; the other kinds are our assumption of what a tracking system also holds, since
 * relocation and evacuation lists need them.
 *
 * @example
 * ```ts
 * import { presenceCategories } from "@unsms/presence"
 *
 * console.log(presenceCategories) // ["staff", "dependant", "consultant", "contractor", "visitor"]
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export const presenceCategories = ["staff", "dependant", "consultant", "contractor", "visitor"] as const;

/**
 * One kind of person in a presence record: a member of {@link presenceCategories}.
 *
 * @example
 * ```ts
 * import type { PresenceCategory } from "@unsms/presence"
 *
 * const category: PresenceCategory = "dependant"
 * console.log(category) // "dependant"
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export type PresenceCategory = (typeof presenceCategories)[number];
