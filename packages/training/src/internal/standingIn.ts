import { describeValue, listLengthUpTo } from "@unsms/core";
import type { CourseStanding } from "../check/CourseStanding";
import type { Course } from "../course/Course";
import type { CatalogueEntry } from "./catalogueIndex";
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
 * Where a person stands on a course at `at`: `entry` is what the catalogue index gave for
 * `courseId` (the course and the id it was found by), `record` gives the record's index at `at` (read the first time it is needed). O(1 +
 * the courses that renew it): the answer `courseStatus` gave when it scanned the catalogue
 * and the record for every course, read in the same order (a value that throws when read
 * throws here, as it did there: the caller answers that it proves nothing). Each field of the
 * course is read once: the validity checked is the validity used.
 *
 * @internal
 */
export const standingIn = (
  entry: CatalogueEntry | undefined,
  record: () => ReadonlyMap<unknown, Date>,
  at: Date,
  courseId: unknown,
): CourseStanding => {
  const course = entry?.[0] as Course | undefined;
  // each field of the course read once, and its id not again (the catalogue index read it):
  // what is checked is what is used (a `null` course throws here)
  const validForMonths = course === undefined ? undefined : course.validForMonths;
  // fails closed: a course whose validity is not one the schema allows is no course the catalogue defines
  if (course === undefined || !isValidity(validForMonths)) {
    // the asked id as given, or described (`String` of a sparse array of length 2^32 − 1 joins 4 billion commas)
    const shown = typeof courseId === "string" ? courseId : describeValue(courseId);
    return standing(shown, shown, "unknown-course");
  }
  const latest = record();
  const { renewedBy, name } = course;
  const id = (entry as CatalogueEntry)[1] as string;
  // no renewal read shortens a validity, never lengthens it; read by index within the length
  // checked, never by the list's own iterator
  const renewers = listLengthUpTo(renewedBy, MAX_RENEWED_BY);
  // a refresher alone, without the course itself, certifies nothing
  let on = latest.get(id);
  if (on === undefined) return standing(id, name, "not-completed");
  for (let index = 0; index < renewers; index++) {
    const renewal = latest.get(renewedBy[index]);
    // (`undefined > n` is false)
    if ((renewal?.getTime() as number) > on.getTime()) on = renewal ?? on;
  }
  if (validForMonths === null) return standing(id, name, "valid", on);
  const validUntil = addMonths(on, validForMonths);
  return standing(id, name, at.getTime() < validUntil.getTime() ? "valid" : "lapsed", on, validUntil);
};
