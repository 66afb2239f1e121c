import { describeValue, listLengthUpTo, makeIssue, type Citation } from "@unsms/core";
import * as Result from "effect/Result";
import { UnknownRole } from "../errors/UnknownRole";
import { knownRoles } from "../internal/knownRoles";
import { trainingCourses } from "../catalogue/trainingCourses";
import { MAX_REQUIRED_COURSES, MAX_REQUIREMENTS } from "../internal/limits";
import type { Course } from "../course/Course";
import type { TrainingRecord } from "../record/TrainingRecord";
import type { AppointmentDecision } from "./AppointmentDecision";
import type { AppointmentRequirement } from "./AppointmentRequirement";
import { appointmentRequirements } from "./appointmentRequirements";
import { courseStandings } from "./courseStandings";
import type { CourseStanding } from "./CourseStanding";

/** The appointment refused with nothing listed: what cannot be read, or is past a limit, grants nothing. */
const refused = (role: unknown): Result.Result<AppointmentDecision, never> =>
  Result.succeed({ role: typeof role === "string" ? role : "", person: "", allowed: false, missing: [] });

const decide = (
  role: string,
  record: TrainingRecord,
  at: Date,
  options: Parameters<typeof mayAppoint>[3] = {},
): Result.Result<AppointmentDecision, UnknownRole> => {
  const given = options?.requirements ?? appointmentRequirements;
  // rules that are not a list, or past the limit, are refused (fail closed), never read as the default rules
  const ruleCount = listLengthUpTo(given, MAX_REQUIREMENTS);
  if (ruleCount < 0) return refused(role);
  const requirements = given;
  const catalogue = options?.catalogue ?? trainingCourses;
  // the catalogue and the record read once, not once per course
  const standing = courseStandings(catalogue)(record, at);
  const missing: Array<CourseStanding & { readonly source: Citation }> = [];
  const seen = new Set<string>();
  // Whether a rule names the role (as knownRoles counts them): the list of known roles is
  // built only for the error, not on every call.
  let named = false;
  // Each list is walked by index within the length its check accepted, never by its own
  // iterator (which could give more items than that), and each field of a rule is read once:
  // a getter answering otherwise on a second read changes nothing.
  for (let r = 0; typeof role === "string" && r < ruleCount; r++) {
    const requirement = requirements[r];
    if ((requirement as AppointmentRequirement | null | undefined)?.role !== role) continue;
    if (typeof requirement === "object" && requirement !== null) named = true;
    const { courses, source } = requirement as AppointmentRequirement;
    // courses that are not a list, or past the limit: the rule cannot be read, and grants nothing
    const courseCount = listLengthUpTo(courses, MAX_REQUIRED_COURSES);
    if (courseCount < 0) return refused(role);
    for (let c = 0; c < courseCount; c++) {
      const course = courses[c] as string;
      if (seen.has(course)) continue;
      seen.add(course);
      const status = standing(course);
      if (status.status !== "valid") missing.push({ ...status, source });
    }
  }
  if (!named) {
    const known = knownRoles(requirements, ruleCount);
    return Result.fail(
      new UnknownRole({ ...makeIssue("role", known.expected, describeValue(role)), knownRoles: known.roles }),
    );
  }
  const person: unknown = record?.person;
  return Result.succeed({
    role,
    person: typeof person === "string" ? person : "",
    allowed: missing.length === 0,
    missing,
  });
};

/**
 * Whether a person may be appointed to a role at the instant `at` (the day the contract
 * is signed): every course the rules for the role require is held, valid (see
 * {@link courseStatus}). Lists every course missing with its status and source, in the
 * rules' order. Fails closed: a role no rule names (a misspelt role, or one the agency's
 * rules leave out) is an {@link UnknownRole} listing the roles the rules name, never an
 * appointment; pass rules naming a role to judge it (a rule with no courses lets everyone
 * be appointed to it). Pure and total: unknown courses or malformed records give an answer,
 * never an exception.
 *
 * @param options - `requirements` (default {@link appointmentRequirements}; their roles are the known roles) and `catalogue` (default {@link trainingCourses}).
 * A value that cannot be read (a revoked proxy, a throwing getter), rules that are not a list
 * (`null` and `undefined` give the default) or more than 1 000 of them, and a rule for the role
 * whose courses are not a list or more than 1 000 refuse the appointment (`allowed: false`,
 * nothing listed); the record and catalogue are read as {@link courseStatus} reads them (fail
 * closed); nothing is thrown. Linear in the rules, the catalogue and the record: each is read
 * once (see {@link courseStandings}), and each course required costs O(1 + the courses that
 * renew it). Each field of a rule is read once, and each list is read within the length
 * checked (a rule's `courses` that answer one list and then another are judged as the first).
 *
 * @example
 * ```ts
 * import { mayAppoint, appointmentRequirements } from "@unsms/training"
 * import * as Result from "effect/Result"
 *
 * const candidate = { person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2006-03-24T17:00:00Z") }] }
 * const april = new Date("2006-04-03T00:00:00Z")
 * console.log(Result.getOrThrow(mayAppoint("chief-security-adviser", candidate, new Date("2006-03-20T00:00:00Z"))).allowed) // false
 * console.log(Result.getOrThrow(mayAppoint("chief-security-adviser", candidate, april)).allowed) // true
 *
 * // a role no rule names is refused, never granted
 * const typo = mayAppoint("chief-security-advisor", candidate, april)
 * if (Result.isFailure(typo)) console.log(typo.failure.message)
 * // "role: expected one of \"chief-security-adviser\", \"security-adviser\", received \"chief-security-advisor\""
 *
 * // an agency's rules name its own roles
 * const warden = { role: "warden", courses: [], source: { document: "agency rules", location: "§3" } }
 * const rules = { requirements: [...appointmentRequirements, warden] }
 * console.log(Result.getOrThrow(mayAppoint("warden", { person: "ana", completed: [] }, april, rules)).allowed) // true
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
): Result.Result<AppointmentDecision, UnknownRole> => {
  try {
    return decide(role, record, at, options);
  } catch {
    return refused(role);
  }
};
