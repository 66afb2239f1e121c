/**
 * What kind of organization of the UN system an organization is, as Annex I ¶5 and its
 * footnote 1 distinguish them, because the line of its executive head differs:
 *
 * - `secretariat`: a Secretariat unit whose head is formally accountable to the
 *   Secretary-General (footnote 1);
 * - `fund-or-programme`: its executive head is accountable to the Secretary-General (¶5);
 * - `specialized-agency` and `other` (the other organizations participating in the UNSMS):
 *   without prejudice to its accountability to its own governing and legislative bodies,
 *   its executive head *recognizes the coordinating role and authority* of the
 *   Secretary-General in the safety and security of UN personnel and commits to the
 *   system's goals (¶5) — a line that is not one of accountability.
 *
 * The World Bank is the one organization the report names as not having agreed the
 * framework (¶44); it is a specialized agency by the Charter's definition (our reading:
 * the report does not classify it).
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from "@unsms/accountability"
 *
 * const who: OrganizationKind = "specialized-agency"
 * console.log(who) // "specialized-agency"
 * ```
 *
 * @category framework
 * @since 0.2.0
 */
export type OrganizationKind = "secretariat" | "fund-or-programme" | "specialized-agency" | "other";
