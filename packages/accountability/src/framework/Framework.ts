import type { Citation } from "@unsms/core";
import type { Role } from "./Role";

/**
 * A framework of accountability as data: its edition, the mission statement, the apex
 * every chain ends at (the Member States) and the roles. The default is
 * {@link annexIFramework}; an agency can load a later edition with {@link @unsms/accountability!schema.parseFramework | parseFramework}
 * and pass it to every query instead.
 *
 * @example
 * ```ts
 * import { annexIFramework, type Framework } from "@unsms/accountability"
 *
 * const framework: Framework = annexIFramework
 * console.log(framework.roles.length, framework.apex.name) // 14 "Member States"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface Framework {
  /** Which edition this is, in words. */
  readonly edition: string;
  /** The document it comes from. */
  readonly citation: Citation;
  /** The system's mission statement. */
  readonly missionStatement: { readonly value: string; readonly citation: Citation };
  /** Where every chain of accountability ends. */
  readonly apex: { readonly id: string; readonly name: string; readonly citation: Citation };
  /**
   * The actor outside the system that holds the primary responsibility for the security
   * and protection of the organizations' personnel, their dependants and property: the
   * host government (Annex I ¶1). It is no role of the system: no chain reaches it and no
   * role is accountable to it.
   */
  readonly hostGovernment?:
    | { readonly id: string; readonly name: string; readonly responsibility: string; readonly citation: Citation }
    | undefined;
  /** The actors, in the framework's order. */
  readonly roles: ReadonlyArray<Role>;
}
