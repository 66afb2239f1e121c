/**
 * Security training and certification in the UN security management system (A/61/531
 * ¶22–23, ¶28, ¶50): the report's courses as a cited catalogue (Basic and Advanced
 * Security in the Field, the chief security advisers' 3-week induction, the 3-week
 * certification required before an adviser's contract is signed, the 2-week refresher for
 * the about 120 serving advisers, hostage-incident training, security officers' training
 * standards, UNDAC support), training records per person, and the `courseStatus`,
 * `isCertified` and `mayAppoint` checks. Decoding JSON (dates through core's
 * `parseInstant`) is `@unsms/training/schema`.
 *
 * @packageDocumentation
 */
export type * from "./course/Course";
export * from "./catalogue/courses";
export * from "./catalogue/trainingCourses";
export * from "./catalogue/servingSecurityAdvisers";

export type * from "./record/TrainingRecord";

export type * from "./check/CourseStanding";
export * from "./check/courseStatus";
export * from "./check/courseStandings";
export * from "./check/isCertified";
export type * from "./check/AppointmentRequirement";
export * from "./check/appointmentRequirements";
export type * from "./check/AppointmentDecision";
export * from "./check/mayAppoint";
export * from "./errors/UnknownRole";
