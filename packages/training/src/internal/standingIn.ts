import { describeValue, isListUpTo } from "@unsms/core";
import type { CourseStanding } from "../check/CourseStanding";
import type { Course } from "../course/Course";
import { addMonths } from "./addMonths";
import { MAX_RENEWED_BY, MAX_VALID_FOR_MONTHS } from "./limits";

/** `null` (no expiry) or a whole number of months in the schema's range: anything else is no validity. */
const isValidity = (months: unknown): months is number | null =>
  months === null ||
  (Number.isSafeInteger(months) && (months as number) >= 1 && (months as number) <= MAX_VALID_FOR_MONTHS);

/** A standing, its fields in their documented order. @internal */
export const standing = (
  course: string,
  name: string,
  status: CourseStanding["status"],
  completedOn: Date | null = null,
  validUntil: Date | null = null,
): CourseStanding => ({ course, name, status, completedOn, validUntil });

/**
 * Where a person stands on a course at `at`: `course` is what the catalogue index gave for
 * `courseId`, `record` gives the record's index at `at` (read the first time it is needed). O(1 +
 * the courses that renew it): the answer `courseStatus` gave when it scanned the catalogue
 * and the record for every course, read in the same order (a value that throws when read
 * throws here, as it did there: the caller answers that it proves nothing).
 *
 * @internal
 */
export const standingIn = (
  course: Course | undefined,
  record: () => ReadonlyMap<unknown, Date>,
  at: Date,
  courseId: unknown,
): CourseStanding => {
  // fails closed: a course whose validity is not one the schema allows is no course the catalogue defines
  // (a `null` course throws here)
  if (course === undefined || !isValidity(course.validForMonths)) {
    // the asked id as given, or described (`String` of a sparse array of length 2^32 − 1 joins 4 billion commas)
    const shown = typeof courseId === "string" ? courseId : describeValue(courseId);
    return standing(shown, shown, "unknown-course");
  }
  const latest = record();
  // no renewal read shortens a validity, never lengthens it
  const renewedBy: ReadonlyArray<unknown> = isListUpTo(course.renewedBy, MAX_RENEWED_BY) ? course.renewedBy : [];
  // a refresher alone, without the course itself, certifies nothing
  let on = latest.get(course.id);
  if (on === undefined) return standing(course.id, course.name, "not-completed");
  for (const renewer of renewedBy) {
    const renewal = latest.get(renewer);
    // (`undefined > n` is false)
    if ((renewal?.getTime() as number) > on.getTime()) on = renewal ?? on;
  }
  if (course.validForMonths === null) return standing(course.id, course.name, "valid", on);
  const validUntil = addMonths(on, course.validForMonths);
  return standing(course.id, course.name, at.getTime() < validUntil.getTime() ? "valid" : "lapsed", on, validUntil);
};
