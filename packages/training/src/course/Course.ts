import type { Citation } from "@unsms/core";

/**
 * What a course is for: security awareness for all personnel, the induction of a new
 * chief security adviser, the certification of security advisers, their refresher, a
 * specialized course, or a training standard for security officers.
 *
 * @example
 * ```ts
 * import type { CourseKind } from "@unsms/training"
 *
 * const kind: CourseKind = "certification"
 * console.log(kind) // "certification"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export type CourseKind = "awareness" | "induction" | "certification" | "refresher" | "specialized" | "standard";

/**
 * A course of the security training catalogue: its stable id, its name, its length when
 * the source gives one, who must take it and before what, how long a completion stays
 * valid (`null`: it does not lapse) and which courses renew it, each with its source.
 * The report's courses are {@link trainingCourses}; an agency passes its own catalogue.
 *
 * @example
 * ```ts
 * import { securityAdviserCertification, type Course } from "@unsms/training"
 *
 * const course: Course = securityAdviserCertification
 * console.log(course.lengthWeeks, course.requiredBefore) // 3 "signing the contract"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export interface Course {
  /** The stable id, used by records and rules. */
  readonly id: string;
  /** The course's name as the report gives it. */
  readonly name: string;
  /** What the course is for. */
  readonly kind: CourseKind;
  /** Length in weeks, or `null` where the source gives none. */
  readonly lengthWeeks: number | null;
  /** Who must take it, in words. */
  readonly requiredOf: string;
  /** What it must be completed before (an appointment, a contract, travel), or `null`. */
  readonly requiredBefore: string | null;
  /** Months a completion stays valid, or `null` when it does not lapse. */
  readonly validForMonths: number | null;
  /** Ids of the courses whose completion renews this one (a refresher). */
  readonly renewedBy: ReadonlyArray<string>;
  /** Where the course and who must take it come from. */
  readonly source: Citation;
  /** Where its validity comes from (the report gives none: an assumption, said so). */
  readonly validitySource: Citation;
}
