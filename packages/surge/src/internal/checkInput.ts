import { describeDate, isListUpTo, listLengthUpTo, makeIssue } from "@unsms/core";
import type { CompletedCourse, Course } from "@unsms/training";
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
import type { DeploymentNeed, DeploymentRequest } from "../request/DeploymentRequest";
import type { StandbyOfficer } from "../roster/StandbyOfficer";

/**
 * An officer of the roster as {@link checkInput} read it: each field once. Its lists of
 * strings are the arrays read, with the number of strings checked in each: the planner reads
 * them by index within that count, never by their length, methods or iterator again (an
 * officer's lists are not copied: copies, and a number object for each window, made a plan of
 * 100 000 officers about a fifth slower).
 *
 * @internal
 */
export interface CheckedOfficer {
  /** Its place in the roster: its window is at this index of `availableFrom` and `availableTo`. */
  readonly index: number;
  readonly id: string;
  readonly grade: string;
  readonly homeStation: string;
  readonly skills: ReadonlyArray<string>;
  readonly skillCount: number;
  readonly languages: ReadonlyArray<string>;
  readonly languageCount: number;
  /** The list read, at most `MAX_OFFICER_TRAINING` items (`@unsms/training` reads each once, by index). */
  readonly training: ReadonlyArray<CompletedCourse>;
}

/**
 * The input of {@link planDeployment} as {@link checkInput} read it, each field once: what
 * the plan is made from, so that no later read (a getter answering otherwise, a list's own
 * iterator) can hand the planner what was never checked.
 *
 * @internal
 */
export interface CheckedInput {
  /** The catalogue read (the list whose ids were checked). */
  readonly catalogue: ReadonlyArray<Course>;
  readonly destination: string;
  /** The notification, in milliseconds. */
  readonly notifiedAt: number;
  readonly withinHours: number;
  /** The end of the deployment, in milliseconds, if given. */
  readonly until: number | undefined;
  /** The needs, copied: each field read once, each list copied. */
  readonly needs: ReadonlyArray<DeploymentNeed>;
  /** The travel hours from each station: the first travel time given for it. */
  readonly travel: ReadonlyMap<string, number>;
  readonly roster: ReadonlyArray<CheckedOfficer>;
  /** When each officer's availability starts, in milliseconds, by the officer's `index`. */
  readonly availableFrom: Float64Array;
  /** When it ends. */
  readonly availableTo: Float64Array;
}

/** The instant of a valid Date, read once, else `undefined`. */
const instantOf = (value: unknown): number | undefined => {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
};

/**
 * How many strings an array of at most `max` strings holds, its items read by index within
 * the length checked, each once, and copied into `copy` when given; -1 when it is no such array.
 */
const strings = (value: unknown, max: number, copy?: Array<string>): number => {
  const length = listLengthUpTo(value, max);
  for (let i = 0; i < length; i += 1) {
    const item: unknown = (value as ReadonlyArray<unknown>)[i];
    if (typeof item !== "string") return -1;
    copy?.push(item);
  }
  return length;
};

const problem = (path: string, expected: string, received: unknown) =>
  Result.fail(new InvalidSurgeInput(makeIssue(path, expected, describeDate(received))));

/** Fields of a value read one at a time (an object a JS caller passed, whatever it holds). */
type Fields = Readonly<Record<string, unknown>>;

/**
 * The cheap structural checks that keep {@link planDeployment} total for a plain JS
 * caller: what the schema guarantees, without the schema, the size limits (`internal/limits`)
 * among them, each list's length checked before its items; and every course a need asks
 * for is one of the catalogue's (a course it does not know is refused, never read as one
 * nobody holds). Each field is read once, each list by index within the length checked, and
 * what was read is what it gives: the plan is made from the {@link CheckedInput} alone (a
 * `needs` answering `[]` when checked and 500 needs afterwards is planned as no need).
 *
 * @internal
 */
export const checkInput = (
  roster: ReadonlyArray<StandbyOfficer>,
  request: DeploymentRequest,
  catalogue: ReadonlyArray<Course>,
): Result.Result<CheckedInput, InvalidSurgeInput> => {
  const catalogueLength = listLengthUpTo(catalogue, MAX_CATALOGUE);
  if (catalogueLength < 0) return problem("$.catalogue", `an array of at most ${MAX_CATALOGUE} courses`, catalogue);
  const courses = new Set<unknown>();
  for (let index = 0; index < catalogueLength; index += 1) {
    const course = catalogue[index] as unknown as Fields | null;
    const id = typeof course === "object" ? course?.id : undefined;
    if (typeof id !== "string") return problem(`$.catalogue[${index}].id`, "a string", id);
    courses.add(id);
  }
  const rosterLength = listLengthUpTo(roster, MAX_ROSTER);
  if (rosterLength < 0) return problem("$.roster", `an array of at most ${MAX_ROSTER} officers`, roster);
  if (typeof request !== "object" || request === null) return problem("$.request", "a deployment request", request);
  const destination = request.destination as unknown;
  if (typeof destination !== "string") return problem("$.request.destination", "a string", destination);
  const notified = request.notifiedAt as unknown;
  const notifiedAt = instantOf(notified);
  if (notifiedAt === undefined) return problem("$.request.notifiedAt", "a valid Date", notified);
  const withinHours = request.withinHours as unknown;
  if (typeof withinHours !== "number" || !(withinHours > 0) || withinHours > MAX_HOURS)
    return problem("$.request.withinHours", `a number of hours above 0 and at most ${MAX_HOURS}`, withinHours);
  const end = request.until as unknown;
  const until = end === undefined ? undefined : instantOf(end);
  if (end !== undefined && until === undefined) return problem("$.request.until", "a valid Date", end);
  const needs = request.needs as unknown;
  const needCount = listLengthUpTo(needs, MAX_NEEDS);
  if (needCount < 0) return problem("$.request.needs", `an array of at most ${MAX_NEEDS} needs`, needs);
  const travel = request.travel as unknown;
  const travelCount = listLengthUpTo(travel, MAX_TRAVEL);
  if (travelCount < 0) return problem("$.request.travel", `an array of at most ${MAX_TRAVEL} travel times`, travel);
  const checkedNeeds: Array<DeploymentNeed> = [];
  const needIds = new Set<string>();
  for (let index = 0; index < needCount; index += 1) {
    const path = `$.request.needs[${index}]`;
    const need = (needs as ReadonlyArray<unknown>)[index] as Fields | null;
    const id = typeof need === "object" ? need?.id : undefined;
    if (typeof id !== "string") return problem(`${path}.id`, "a string", id);
    if (needIds.has(id)) return problem(`${path}.id`, "an id not used by an earlier need", id);
    needIds.add(id);
    const count = need!.count;
    if (!Number.isSafeInteger(count) || (count as number) < 0 || (count as number) > MAX_OFFICERS_PER_NEED)
      return problem(`${path}.count`, `a whole number from 0 to ${MAX_OFFICERS_PER_NEED}`, count);
    const lists: Record<string, Array<string> | undefined> = {};
    for (const [key, max] of [
      ["skills", MAX_NEED_SKILLS],
      ["languages", MAX_NEED_LANGUAGES],
      ["courses", MAX_NEED_COURSES],
      ["grades", MAX_NEED_GRADES],
    ] as const) {
      const list = need![key];
      if (key === "grades" && list === undefined) continue;
      if (strings(list, max, (lists[key] = [])) < 0)
        return problem(`${path}.${key}`, `an array of at most ${max} strings`, list);
    }
    const { skills = [], languages = [], courses: asked = [], grades } = lists;
    for (const [at, course] of asked.entries())
      if (!courses.has(course)) return problem(`${path}.courses[${at}]`, "the id of a course of the catalogue", course);
    checkedNeeds.push({ id, count: count as number, skills, languages, courses: asked, grades });
  }
  const hoursFrom = new Map<string, number>();
  for (let index = 0; index < travelCount; index += 1) {
    const path = `$.request.travel[${index}]`;
    const leg = (travel as ReadonlyArray<unknown>)[index] as Fields | null;
    const from = typeof leg === "object" ? leg?.from : undefined;
    if (typeof from !== "string") return problem(`${path}.from`, "a string", from);
    const hours = leg!.hours;
    if (typeof hours !== "number" || !(hours >= 0) || hours > MAX_HOURS)
      return problem(`${path}.hours`, `a number of hours from 0 to ${MAX_HOURS}`, hours);
    if (!hoursFrom.has(from)) hoursFrom.set(from, hours);
  }
  const officers: Array<CheckedOfficer> = [];
  const officerIds = new Set<string>();
  const availableFrom = new Float64Array(rosterLength);
  const availableTo = new Float64Array(rosterLength);
  // a plain loop over the whole roster (its hot path: no result, copy or number object made
  // for an officer); the path of an officer is only built for a problem
  for (let index = 0; index < rosterLength; index += 1) {
    const officer = roster[index] as unknown as Fields | null;
    const at = (field: string): string => `$.roster[${index}].${field}`;
    const id = typeof officer === "object" ? officer?.id : undefined;
    if (typeof id !== "string") return problem(at("id"), "a string", id);
    if (officerIds.has(id)) return problem(at("id"), "an id not used by an earlier officer", id);
    officerIds.add(id);
    const { grade } = officer!;
    if (typeof grade !== "string") return problem(at("grade"), "a string", grade);
    const { homeStation } = officer!;
    if (typeof homeStation !== "string") return problem(at("homeStation"), "a string", homeStation);
    const { skills } = officer!;
    const skillCount = strings(skills, MAX_OFFICER_SKILLS);
    if (skillCount < 0) return problem(at("skills"), `an array of at most ${MAX_OFFICER_SKILLS} strings`, skills);
    const { languages } = officer!;
    const languageCount = strings(languages, MAX_OFFICER_LANGUAGES);
    if (languageCount < 0)
      return problem(at("languages"), `an array of at most ${MAX_OFFICER_LANGUAGES} strings`, languages);
    const { training } = officer!;
    if (!isListUpTo(training, MAX_OFFICER_TRAINING))
      return problem(at("training"), `an array of at most ${MAX_OFFICER_TRAINING} completed courses`, training);
    const { available } = officer!;
    if (typeof available !== "object" || available === null)
      return problem(at("available"), "an availability window", available);
    const { from: start } = available as Fields;
    const from = instantOf(start);
    if (from === undefined) return problem(at("available.from"), "a valid Date", start);
    const { to: finish } = available as Fields;
    const to = instantOf(finish);
    if (to === undefined) return problem(at("available.to"), "a valid Date", finish);
    availableFrom[index] = from;
    availableTo[index] = to;
    officers.push({
      index,
      id,
      grade,
      homeStation,
      skills: skills as ReadonlyArray<string>,
      skillCount,
      languages: languages as ReadonlyArray<string>,
      languageCount,
      training: training as ReadonlyArray<CompletedCourse>,
    });
  }
  return Result.succeed({
    catalogue,
    destination,
    notifiedAt,
    withinHours,
    until,
    needs: checkedNeeds,
    travel: hoursFrom,
    roster: officers,
    availableFrom,
    availableTo,
  });
};
