import { describeValue, isListUpTo } from "@unsms/core";
import { trainingCourses } from "../catalogue/trainingCourses";
import type { Course } from "../course/Course";
import { addMonths } from "../internal/addMonths";
import { isInstant } from "../internal/isInstant";
import { MAX_CATALOGUE, MAX_COMPLETED, MAX_RENEWED_BY, MAX_VALID_FOR_MONTHS } from "../internal/limits";
import type { TrainingRecord } from "../record/TrainingRecord";
import type { CourseStanding } from "./CourseStanding";

/** `null` (no expiry) or a whole number of months in the schema's range: anything else is no validity. */
const isValidity = (months: unknown): months is number | null =>
  months === null ||
  (Number.isSafeInteger(months) && (months as number) >= 1 && (months as number) <= MAX_VALID_FOR_MONTHS);

/** The asked id as given, or described (`String` of a sparse array of length 2^32 − 1 joins 4 billion commas). */
const shownId = (courseId: unknown): string => (typeof courseId === "string" ? courseId : describeValue(courseId));

const standing = (
  record: TrainingRecord,
  courseId: string,
  at: Date,
  catalogue: ReadonlyArray<Course> = trainingCourses,
): CourseStanding => {
  const course = isListUpTo(catalogue, MAX_CATALOGUE)
    ? catalogue.find((candidate) => (candidate as Course | null)?.id === courseId)
    : undefined;
  // fails closed: a course whose validity is not one the schema allows is no course the catalogue defines
  if (course === undefined || !isValidity(course.validForMonths))
    return {
      course: shownId(courseId),
      name: shownId(courseId),
      status: "unknown-course",
      completedOn: null,
      validUntil: null,
    };
  const completed: ReadonlyArray<unknown> = isListUpTo(record?.completed, MAX_COMPLETED) ? record.completed : [];
  // no renewal read shortens a validity, never lengthens it
  const renewers: ReadonlyArray<unknown> = isListUpTo(course.renewedBy, MAX_RENEWED_BY) ? course.renewedBy : [];
  let taken = false;
  let latest: Date | null = null;
  if (isInstant(at)) {
    for (const entry of completed) {
      const { course: id, on } = (entry ?? {}) as { course?: unknown; on?: unknown };
      if (!isInstant(on) || on.getTime() > at.getTime()) continue;
      const itself = id === course.id;
      if (!itself && !renewers.includes(id)) continue;
      if (itself) taken = true;
      if (latest === null || on.getTime() > latest.getTime()) latest = on;
    }
  }
  if (!taken || latest === null)
    return { course: course.id, name: course.name, status: "not-completed", completedOn: null, validUntil: null };
  if (course.validForMonths === null) {
    return { course: course.id, name: course.name, status: "valid", completedOn: latest, validUntil: null };
  }
  const validUntil = addMonths(latest, course.validForMonths);
  return {
    course: course.id,
    name: course.name,
    status: at.getTime() < validUntil.getTime() ? "valid" : "lapsed",
    completedOn: latest,
    validUntil,
  };
};

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
 * `not-completed`; nothing is thrown.
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
): CourseStanding => {
  try {
    return standing(record, courseId, at, catalogue);
  } catch {
    const course = typeof courseId === "string" ? courseId : "";
    return { course, name: course, status: "not-completed", completedOn: null, validUntil: null };
  }
};
