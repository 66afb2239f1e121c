import { describeDate, isListUpTo, makeIssue } from "@unsms/core";
import type { Course } from "@unsms/training";
import * as Result from "effect/Result";
import { InvalidSurgeInput } from "../errors/InvalidSurgeInput";
import {
  MAX_CATALOGUE,
  MAX_HOURS,
  MAX_NEEDS,
  MAX_NEED_COURSES,
  MAX_NEED_GRADES,
  MAX_NEED_LANGUAGES,
  MAX_NEED_SKILLS,
  MAX_OFFICERS_PER_NEED,
  MAX_OFFICER_LANGUAGES,
  MAX_OFFICER_SKILLS,
  MAX_OFFICER_TRAINING,
  MAX_ROSTER,
  MAX_TRAVEL,
} from "./limits";
import type { DeploymentRequest } from "../request/DeploymentRequest";
import type { StandbyOfficer } from "../roster/StandbyOfficer";

const isInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
/** An array of at most `max` strings; the length is checked before any element. */
const isStrings = (value: unknown, max: number): value is ReadonlyArray<string> => {
  if (!isListUpTo(value, max)) return false;
  for (let i = 0; i < value.length; i += 1) if (typeof value[i] !== "string") return false;
  return true;
};
const problem = (path: string, expected: string, received: unknown) =>
  Result.fail(new InvalidSurgeInput(makeIssue(path, expected, describeDate(received))));

/**
 * The cheap structural checks that keep {@link planDeployment} total for a plain JS
 * caller: what the schema guarantees, without the schema, the size limits (`internal/limits`)
 * among them, each list's length checked before its items; and every course a need asks
 * for is one of the catalogue's (a course it does not know is refused, never read as one
 * nobody holds). Gives the catalogue's courses by id (the first of an id).
 *
 * @internal
 */
export const checkInput = (
  roster: ReadonlyArray<StandbyOfficer>,
  request: DeploymentRequest,
  catalogue: ReadonlyArray<Course>,
): Result.Result<ReadonlyMap<string, Course>, InvalidSurgeInput> => {
  if (!isListUpTo(catalogue, MAX_CATALOGUE))
    return problem("$.catalogue", `an array of at most ${MAX_CATALOGUE} courses`, catalogue);
  const courses = new Map<string, Course>();
  for (const [index, course] of catalogue.entries()) {
    if (typeof course !== "object" || course === null || typeof course.id !== "string")
      return problem(`$.catalogue[${index}].id`, "a string", course?.id);
    if (!courses.has(course.id)) courses.set(course.id, course);
  }
  if (!isListUpTo(roster, MAX_ROSTER)) return problem("$.roster", `an array of at most ${MAX_ROSTER} officers`, roster);
  if (typeof request !== "object" || request === null) return problem("$.request", "a deployment request", request);
  if (typeof request.destination !== "string") return problem("$.request.destination", "a string", request.destination);
  if (!isInstant(request.notifiedAt)) return problem("$.request.notifiedAt", "a valid Date", request.notifiedAt);
  if (typeof request.withinHours !== "number" || !(request.withinHours > 0) || request.withinHours > MAX_HOURS) {
    return problem("$.request.withinHours", `a number of hours above 0 and at most ${MAX_HOURS}`, request.withinHours);
  }
  if (request.until !== undefined && !isInstant(request.until))
    return problem("$.request.until", "a valid Date", request.until);
  if (!isListUpTo(request.needs, MAX_NEEDS))
    return problem("$.request.needs", `an array of at most ${MAX_NEEDS} needs`, request.needs);
  if (!isListUpTo(request.travel, MAX_TRAVEL))
    return problem("$.request.travel", `an array of at most ${MAX_TRAVEL} travel times`, request.travel);
  const needIds = new Set<string>();
  for (const [index, need] of request.needs.entries()) {
    const path = `$.request.needs[${index}]`;
    if (typeof need !== "object" || need === null || typeof need.id !== "string")
      return problem(`${path}.id`, "a string", need?.id);
    if (needIds.has(need.id)) return problem(`${path}.id`, "an id not used by an earlier need", need.id);
    needIds.add(need.id);
    if (!Number.isSafeInteger(need.count) || need.count < 0 || need.count > MAX_OFFICERS_PER_NEED)
      return problem(`${path}.count`, `a whole number from 0 to ${MAX_OFFICERS_PER_NEED}`, need.count);
    for (const [key, max] of [
      ["skills", MAX_NEED_SKILLS],
      ["languages", MAX_NEED_LANGUAGES],
      ["courses", MAX_NEED_COURSES],
    ] as const)
      if (!isStrings(need[key], max)) return problem(`${path}.${key}`, `an array of at most ${max} strings`, need[key]);
    if (need.grades !== undefined && !isStrings(need.grades, MAX_NEED_GRADES))
      return problem(`${path}.grades`, `an array of at most ${MAX_NEED_GRADES} strings`, need.grades);
    for (const [at, course] of need.courses.entries())
      if (!courses.has(course)) return problem(`${path}.courses[${at}]`, "the id of a course of the catalogue", course);
  }
  for (const [index, leg] of request.travel.entries()) {
    const path = `$.request.travel[${index}]`;
    if (typeof leg !== "object" || leg === null || typeof leg.from !== "string")
      return problem(`${path}.from`, "a string", leg?.from);
    if (typeof leg.hours !== "number" || !(leg.hours >= 0) || leg.hours > MAX_HOURS)
      return problem(`${path}.hours`, `a number of hours from 0 to ${MAX_HOURS}`, leg.hours);
  }
  const officerIds = new Set<string>();
  // the path of an officer is only built for a problem: this loop runs over the whole roster
  for (let index = 0; index < roster.length; index += 1) {
    const officer = roster[index];
    const at = (field: string): string => `$.roster[${index}].${field}`;
    if (typeof officer !== "object" || officer === null || typeof officer.id !== "string")
      return problem(at("id"), "a string", officer?.id);
    if (officerIds.has(officer.id)) return problem(at("id"), "an id not used by an earlier officer", officer.id);
    officerIds.add(officer.id);
    if (typeof officer.grade !== "string") return problem(at("grade"), "a string", officer.grade);
    if (typeof officer.homeStation !== "string") return problem(at("homeStation"), "a string", officer.homeStation);
    if (!isStrings(officer.skills, MAX_OFFICER_SKILLS))
      return problem(at("skills"), `an array of at most ${MAX_OFFICER_SKILLS} strings`, officer.skills);
    if (!isStrings(officer.languages, MAX_OFFICER_LANGUAGES))
      return problem(at("languages"), `an array of at most ${MAX_OFFICER_LANGUAGES} strings`, officer.languages);
    if (!isListUpTo(officer.training, MAX_OFFICER_TRAINING))
      return problem(at("training"), `an array of at most ${MAX_OFFICER_TRAINING} completed courses`, officer.training);
    const available = officer.available;
    if (typeof available !== "object" || available === null)
      return problem(at("available"), "an availability window", available);
    if (!isInstant(available.from)) return problem(at("available.from"), "a valid Date", available.from);
    if (!isInstant(available.to)) return problem(at("available.to"), "a valid Date", available.to);
  }
  return Result.succeed(courses);
};
