import type { Course } from "../course/Course";
import {
  advancedSecurityInTheField,
  basicSecurityInTheField,
  chiefSecurityAdviserInduction,
  hostageIncidentManagement,
  securityAdviserCertification,
  securityAdviserRefresher,
  securityOfficerStandards,
  undacSupport,
} from "./courses";

/**
 * The default course catalogue: the courses A/61/531 names (¶22–23, ¶28, ¶50), in
 * the report's order. The report gives the lengths of three (3, 3 and 2 weeks) and no
 * validity for any: a completion does not lapse unless an agency's catalogue says so
 * (our assumption, in each course's `validitySource`). Pass your own catalogue to
 * {@link courseStatus}, {@link isCertified} and {@link mayAppoint} to change it.
 *
 * @example
 * ```ts
 * import { trainingCourses } from "@unsms/training"
 *
 * console.log(trainingCourses.filter((course) => course.lengthWeeks !== null).map((course) => course.lengthWeeks)) // [3, 3, 2]
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const trainingCourses: ReadonlyArray<Course> = [
  basicSecurityInTheField,
  advancedSecurityInTheField,
  chiefSecurityAdviserInduction,
  securityAdviserCertification,
  securityAdviserRefresher,
  hostageIncidentManagement,
  securityOfficerStandards,
  undacSupport,
];
