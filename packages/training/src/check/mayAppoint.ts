import type { Citation } from "@unsms/core";
import { trainingCourses } from "../catalogue/trainingCourses";
import { isList } from "../internal/isList";
import type { Course } from "../course/Course";
import type { TrainingRecord } from "../record/TrainingRecord";
import type { AppointmentDecision } from "./AppointmentDecision";
import type { AppointmentRequirement } from "./AppointmentRequirement";
import { appointmentRequirements } from "./appointmentRequirements";
import { courseStatus } from "./courseStatus";
import type { CourseStanding } from "./CourseStanding";

const decide = (
  role: string,
  record: TrainingRecord,
  at: Date,
  options: Parameters<typeof mayAppoint>[3] = {},
): AppointmentDecision => {
  const requirements = isList(options?.requirements) ? options.requirements : appointmentRequirements;
  const catalogue = options?.catalogue ?? trainingCourses;
  const missing: Array<CourseStanding & { readonly source: Citation }> = [];
  const seen = new Set<string>();
  for (const requirement of requirements) {
    if ((requirement as AppointmentRequirement | null)?.role !== role || !isList(requirement.courses)) continue;
    for (const course of requirement.courses) {
      if (seen.has(course)) continue;
      seen.add(course);
      const status = courseStatus(record, course, at, catalogue);
      if (status.status !== "valid") missing.push({ ...status, source: requirement.source });
    }
  }
  return {
    role: String(role),
    person: typeof record?.person === "string" ? record.person : "",
    allowed: missing.length === 0,
    missing,
  };
};

/**
 * Whether a person may be appointed to a role at the instant `at` (the day the contract
 * is signed): every course the rules for the role require is held, valid (see
 * {@link courseStatus}); a role no rule names needs none. Lists every course missing with
 * its status and source, in the rules' order. Pure and total: unknown roles, courses or
 * malformed records give an answer, never an exception.
 *
 * @param options - `requirements` (default {@link appointmentRequirements}) and `catalogue` (default {@link trainingCourses}).
 * A value that cannot be read (a revoked proxy, a throwing getter) refuses the appointment
 * (`allowed: false`, nothing listed); nothing is thrown.
 *
 * @example
 * ```ts
 * import { mayAppoint } from "@unsms/training"
 *
 * const candidate = { person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2006-03-24T17:00:00Z") }] }
 * console.log(mayAppoint("chief-security-adviser", candidate, new Date("2006-03-20T00:00:00Z")).allowed) // false
 * console.log(mayAppoint("chief-security-adviser", candidate, new Date("2006-04-03T00:00:00Z")).allowed) // true
 * console.log(mayAppoint("warden", { person: "ana", completed: [] }, new Date("2006-04-03T00:00:00Z")).allowed) // true
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export const mayAppoint = (
  role: string,
  record: TrainingRecord,
  at: Date,
  options: {
    readonly requirements?: ReadonlyArray<AppointmentRequirement>;
    readonly catalogue?: ReadonlyArray<Course>;
  } = {},
): AppointmentDecision => {
  try {
    return decide(role, record, at, options);
  } catch {
    return { role: typeof role === "string" ? role : "", person: "", allowed: false, missing: [] };
  }
};
