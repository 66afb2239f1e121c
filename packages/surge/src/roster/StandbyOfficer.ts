import type { CompletedCourse } from "@unsms/training";

/**
 * An officer on the standby roster of field security officers (and alternates) who can be
 * deployed anywhere within 24 to 48 hours of notice (A/61/531 ¶50): id, grade, skills,
 * languages, training record (courses completed, as `@unsms/training` reads them), home
 * station and the window in which the officer is available for deployment.
 *
 * @example
 * ```ts
 * import type { StandbyOfficer } from "@unsms/surge"
 *
 * const officer: StandbyOfficer = {
 *   id: "fso-014", grade: "P-3", skills: ["close-protection"], languages: ["en", "ar"],
 *   training: [{ course: "undac-support", on: new Date("2006-02-10T00:00:00Z") }],
 *   homeStation: "Amman",
 *   available: { from: new Date("2006-07-01T00:00:00Z"), to: new Date("2006-09-30T00:00:00Z") },
 * }
 * console.log(officer.homeStation) // "Amman"
 * ```
 *
 * @category roster
 * @since 0.2.0
 */
export interface StandbyOfficer {
  /** The officer's id, unique on the roster. */
  readonly id: string;
  /** The officer's name, for reports. */
  readonly name?: string | undefined;
  /** The officer's grade, e.g. `P-3`. */
  readonly grade: string;
  /** Skills, as the agency names them (`close-protection`, `crisis-management`…). */
  readonly skills: ReadonlyArray<string>;
  /** Languages spoken, as the agency codes them (e.g. ISO 639-1 `en`, `fr`, `ar`). */
  readonly languages: ReadonlyArray<string>;
  /** Courses completed, with their dates (`@unsms/training`). */
  readonly training: ReadonlyArray<CompletedCourse>;
  /** Where the officer serves and would travel from. */
  readonly homeStation: string;
  /** When the officer can be deployed: from this instant until that one. */
  readonly available: { readonly from: Date; readonly to: Date };
}
