import { trainingCourses } from "../catalogue/trainingCourses";
import type { Course } from "../course/Course";
import { indexCatalogue } from "../internal/catalogueIndex";
import { indexRecord } from "../internal/recordIndex";
import { standing, standingIn } from "../internal/standingIn";
import type { TrainingRecord } from "../record/TrainingRecord";
import type { CourseStanding } from "./CourseStanding";

/**
 * {@link courseStatus} for many courses and many people, each input read once: give the
 * catalogue, then a record and an instant, then ask for courses. The catalogue is read as far
 * as the courses asked for need (linear in it over all of them), the record once, when a
 * course of the catalogue is first asked for (linear in its completions), and each course
 * asked costs O(1 + the courses that renew it). Every answer is `courseStatus`'s, which is
 * built on it, as is `mayAppoint`, failing closed the same way. Give values that do not
 * change while the functions are used. Never throws, nor do the functions it returns.
 *
 * @example
 * ```ts
 * import { courseStandings } from "@unsms/training"
 *
 * const standingsIn = courseStandings() // the report's catalogue, trainingCourses
 * const sam = { person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2003-05-02T00:00:00Z") }] }
 * const standing = standingsIn(sam, new Date("2006-07-01T00:00:00Z"))
 * console.log(standing("security-adviser-certification").status, standing("undac-support").status) // "valid" "not-completed"
 * console.log(standing("first-aid").status) // "unknown-course"
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export const courseStandings = (
  catalogue: ReadonlyArray<Course> = trainingCourses,
): ((record: TrainingRecord, at: Date) => (courseId: string) => CourseStanding) => {
  const courses = indexCatalogue(catalogue);
  return (record, at) => {
    let completions: ReadonlyMap<unknown, Date> | undefined;
    const read = (): ReadonlyMap<unknown, Date> => (completions ??= indexRecord(record, at));
    return (courseId) => {
      try {
        return standingIn(courses(courseId), read, at, courseId);
      } catch {
        // a value that cannot be read (a revoked proxy, a throwing getter) proves nothing
        const course = typeof courseId === "string" ? courseId : "";
        return standing(course, course, "not-completed");
      }
    };
  };
};
