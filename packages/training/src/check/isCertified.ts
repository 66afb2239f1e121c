import { trainingCourses } from "../catalogue/trainingCourses";
import type { Course } from "../course/Course";
import type { TrainingRecord } from "../record/TrainingRecord";
import { courseStandings } from "./courseStandings";

/**
 * Whether a person holds the security adviser certification at the instant `at`: the
 * three-week course every security adviser candidate must attend before signing the
 * contract (A/61/531 ¶22 (ii)), completed on or before `at` and not lapsed (see
 * {@link courseStatus}). `certification` names another course of the catalogue to check.
 *
 * @example
 * ```ts
 * import { isCertified } from "@unsms/training"
 *
 * const at = new Date("2006-07-01T00:00:00Z")
 * const sam = { person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2006-03-24T17:00:00Z") }] }
 * const lea = { person: "lea", completed: [{ course: "chief-security-adviser-induction", on: new Date("2006-05-12T17:00:00Z") }] }
 * console.log(isCertified(sam, at), isCertified(lea, at)) // true false
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export const isCertified = (
  record: TrainingRecord,
  at: Date,
  catalogue: ReadonlyArray<Course> = trainingCourses,
  certification = "security-adviser-certification",
): boolean => courseStandings(catalogue)(record, at)(certification).status === "valid";
