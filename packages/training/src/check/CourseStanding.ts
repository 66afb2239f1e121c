/**
 * Where a person stands on one course at an instant (see {@link courseStatus}):
 * `valid`; `lapsed` (completed, but its validity ran out); `not-completed` (no completion
 * on or before the instant); or `unknown-course` (the catalogue has no such course, or gives it
 * a `validForMonths` that is neither `null` nor a whole number from 1 to 1 200).
 *
 * @example
 * ```ts
 * import { courseStatus } from "@unsms/training"
 *
 * const status = courseStatus({ person: "ana", completed: [] }, "basic-security-in-the-field", new Date("2006-07-01T00:00:00Z"))
 * console.log(status.status, status.completedOn) // "not-completed" null
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export interface CourseStanding {
  /** The course's id. */
  readonly course: string;
  /** The course's name, or its id when the catalogue does not know it. */
  readonly name: string;
  /** Where the person stands. */
  readonly status: "valid" | "lapsed" | "not-completed" | "unknown-course";
  /** The latest completion of the course (or of a course that renews it) on or before the instant, else `null`. */
  readonly completedOn: Date | null;
  /** When that completion lapses, or `null` when it does not lapse (or there is none). */
  readonly validUntil: Date | null;
}
