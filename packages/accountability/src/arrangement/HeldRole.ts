/**
 * A role a person holds at a duty station: the framework role's id, whether acting, the
 * organization or area concerned, how the arrangement gives it, and the person ids at the
 * duty station the role answers to there (empty when its line leads out of the duty
 * station, as the DO's does to the USG/DSS).
 *
 * @example
 * ```ts
 * import type { HeldRole } from "@unsms/accountability"
 *
 * const held: HeldRole = {
 *   roleId: "area-security-coordinator", acting: false, source: "appointment",
 *   area: "Northern provinces", answersTo: ["amara"],
 * }
 * console.log(held.roleId)
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export interface HeldRole {
  /** The framework role's id (Annex I E–N). */
  readonly roleId: string;
  /** True for an acting Chief Security Adviser (¶15). */
  readonly acting: boolean;
  /** Where the role comes from: an appointment, heading an organization present, sitting on the SMT, or employment. */
  readonly source: "appointment" | "organization-head" | "security-management-team" | "employment";
  /** The organization concerned (the one headed, the employer). */
  readonly organization?: string | undefined;
  /** The area or zone covered (ASC, warden). */
  readonly area?: string | undefined;
  /** The SMT's chair holds the role `security-management-team` with this flag. */
  readonly chair?: boolean | undefined;
  /**
   * Person ids at the duty station the role answers to, by the arrangement (or by the
   * framework when it says nothing). Roles answering to the same group share one list:
   * read it, do not change it.
   */
  readonly answersTo: ReadonlyArray<string>;
}
