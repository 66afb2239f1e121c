import { trainingCourses } from "../catalogue/trainingCourses";
import type { Course } from "../course/Course";
import type { TrainingRecord } from "../record/TrainingRecord";
import type { CourseStanding } from "./CourseStanding";
import { courseStandings } from "./courseStandings";

/**
 * Where a person stands on a course at the instant `at`: `valid` when the person completed
 * it on or before `at` and the completion has not lapsed, `lapsed` when it has,
 * `not-completed`, or `unknown-course`. A course's validity (`validForMonths`, in calendar
 * months) runs from its latest completion or the latest completion of a course that renews
 * it (its refresher) — but a refresher alone, without the course itself, certifies nothing.
 * Completions after `at` do not count, so the answer at an instant never depends on later
 * records. Never throws, and fails closed (it never grants what it cannot read): a record or
 * instant that is not what the types say, or a record listing more than 1 000 completions, is
 * read as no completion; a catalogue of more than 1 000 courses, or a course whose
 * `validForMonths` is neither `null` (no expiry) nor a whole number from 1 to 1 200 (what
 * `CourseSchema` allows: not `"24"`, `24.5`, `NaN`, `Infinity`), gives `unknown-course`; a
 * course renewed by more than 100 courses is read as renewed by none.
 * A value that cannot be read (a revoked proxy, a throwing getter) proves nothing: the standing is
 * `not-completed`; nothing is thrown. Linear in the catalogue and the record: to ask for many
 * courses or many people, read each once with {@link courseStandings}.
 *
 * @example
 * ```ts
 * import { courseStatus, trainingCourses } from "@unsms/training"
 *
 * const record = { person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2003-05-02T00:00:00Z") }] }
 * const at = new Date("2006-07-01T00:00:00Z")
 * console.log(courseStatus(record, "security-adviser-certification", at).status) // "valid"
 * // an agency whose certification lasts 36 months
 * const agency = trainingCourses.map((c) => (c.id === "security-adviser-certification" ? { ...c, validForMonths: 36 } : c))
 * const status = courseStatus(record, "security-adviser-certification", at, agency)
 * console.log(status.status, status.validUntil?.toISOString()) // "lapsed" "2006-05-02T00:00:00.000Z"
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export const courseStatus = (
  record: TrainingRecord,
  courseId: string,
  at: Date,
  catalogue: ReadonlyArray<Course> = trainingCourses,
): CourseStanding => courseStandings(catalogue)(record, at)(courseId);
