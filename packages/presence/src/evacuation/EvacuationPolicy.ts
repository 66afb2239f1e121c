import type { PresenceCategory } from "../record/presenceCategories";

/**
 * The order in which people leave a duty station in a relocation or an evacuation: priority
 * groups, first to leave first, each taking some categories of people. A policy value: the
 * default is {@link defaultEvacuationPolicy}; an agency passes its own. What
 * `EvacuationPolicySchema` (`@unsms/presence/schema`) decodes, field for field (a type test
 * ties the two).
 *
 * @example
 * ```ts
 * import type { EvacuationPolicy } from "@unsms/presence"
 *
 * const policy: EvacuationPolicy = {
 *   name: "staff first", basis: "our assumption",
 *   groups: [{ name: "staff", categories: ["staff"] }, { name: "others", categories: ["dependant", "consultant", "contractor", "visitor"] }],
 * }
 * console.log(policy.groups.length) // 2
 * ```
 *
 * @category evacuation
 * @since 0.2.0
 */
export interface EvacuationPolicy {
  /** The policy's name. */
  readonly name: string;
  /** Its basis: a source with its year, or "our assumption". */
  readonly basis: string;
  /** The priority groups, first to leave first (1 to 100), each with its categories of people. */
  readonly groups: ReadonlyArray<{ readonly name: string; readonly categories: ReadonlyArray<PresenceCategory> }>;
}
