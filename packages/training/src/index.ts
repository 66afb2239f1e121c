/**
 * Security training and certification in the UN security management system (A/61/531
 * ¶22–23, ¶28 (g), ¶50): the report's courses as a cited catalogue (Basic and Advanced
 * Security in the Field, the chief security advisers' 3-week induction, the 3-week
 * certification required before an adviser's contract is signed, the 2-week refresher for
 * the about 120 serving advisers, hostage-incident training, security officers' training
 * standards, UNDAC support), training records per person, and the `courseStatus`,
 * `isCertified` and `mayAppoint` checks. Decoding JSON (dates through core's
 * `parseInstant`) is `@unsms/training/schema`.
 *
 * @packageDocumentation
 */
export type { Course, CourseKind } from "./course/Course";
export {
  advancedSecurityInTheField,
  basicSecurityInTheField,
  chiefSecurityAdviserInduction,
  hostageIncidentManagement,
  securityAdviserCertification,
  securityAdviserRefresher,
  securityOfficerStandards,
  undacSupport,
} from "./catalogue/courses";
export { trainingCourses } from "./catalogue/trainingCourses";
export { servingSecurityAdvisers } from "./catalogue/servingSecurityAdvisers";

export type { CompletedCourse, TrainingRecord } from "./record/TrainingRecord";

export type { CourseStanding } from "./check/CourseStanding";
export { courseStatus } from "./check/courseStatus";
export { isCertified } from "./check/isCertified";
export type { AppointmentRequirement } from "./check/AppointmentRequirement";
export { appointmentRequirements } from "./check/appointmentRequirements";
export type { AppointmentDecision } from "./check/AppointmentDecision";
export { mayAppoint } from "./check/mayAppoint";
