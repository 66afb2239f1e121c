import type { Citation } from "@unsms/core";

/**
 * Who appoints a role and how: the roles that may appoint it (empty when the framework
 * names none), whether the appointment must be in writing, whom the appointer must
 * consult first, and what the appointee must be (an international staff member, a
 * security professional).
 *
 * @example
 * ```ts
 * import type { AppointmentRule } from "@unsms/accountability"
 *
 * const rule: AppointmentRule = {
 *   by: ["usg-dss"],
 *   inWriting: false,
 *   afterConsulting: [],
 *   requirements: ["a security professional"],
 *   description: "appointed by the USG/DSS",
 *   citation: { document: "A/61/531", location: "Annex I, ¶11" },
 * }
 * console.log(rule.by)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export interface AppointmentRule {
  /** Ids of the roles (or the apex) that may appoint. Empty when the framework names none. */
  readonly by: ReadonlyArray<string>;
  /** Whether the appointment must be made in writing. */
  readonly inWriting: boolean;
  /** Ids of the roles the appointer consults before appointing. */
  readonly afterConsulting: ReadonlyArray<string>;
  /** What the appointee must be, in words. */
  readonly requirements: ReadonlyArray<string>;
  /** The rule in words. */
  readonly description: string;
  /** Where the framework states it. */
  readonly citation: Citation;
}
