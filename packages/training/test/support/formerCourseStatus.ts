// The former courseStatus, verbatim (one scan of the catalogue and of the record for every
// course asked): the reference the indexed standings are tested against.
import { describeValue, isListUpTo } from "@unsms/core";
import { trainingCourses, type Course, type CourseStanding, type TrainingRecord } from "@unsms/training";
import { addMonths } from "../../src/internal/addMonths";
import { isInstant } from "../../src/internal/isInstant";
import { MAX_CATALOGUE, MAX_COMPLETED, MAX_RENEWED_BY, MAX_VALID_FOR_MONTHS } from "../../src/internal/limits";

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

/** The former `courseStatus`. */
export const formerCourseStatus = (
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
