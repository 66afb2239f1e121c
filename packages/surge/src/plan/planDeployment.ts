import * as Order from "effect/Order";
import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import { courseStandings, trainingCourses, type Course, type CourseStanding } from "@unsms/training";
import * as Result from "effect/Result";
import type { InvalidSurgeInput } from "../errors/InvalidSurgeInput";
import { checkInput, type CheckedOfficer } from "../internal/checkInput";
import { fillNeeds } from "../internal/fillNeeds";
import type { DeploymentNeed, DeploymentRequest } from "../request/DeploymentRequest";
import type { StandbyOfficer } from "../roster/StandbyOfficer";
import type { RequirementCount, SelectedOfficer, SurgePlan, UnmetNeed } from "./SurgePlan";

const HOUR = 3_600_000;

interface Candidate {
  readonly officer: CheckedOfficer;
  /** Travel hours, or undefined when no travel time is known from the home station. */
  readonly travelHours: number | undefined;
  readonly arrivesAt: number;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Whether the first `count` items of an officer's list (the strings checked) hold `value`: read by index only. */
const holds = (list: ReadonlyArray<string>, count: number, value: string): boolean => {
  for (let i = 0; i < count; i += 1) if (list[i] === value) return true;
  return false;
};

/** The first `count` items of an officer's list (the strings checked) as a set, read by index only. */
const setOf = (list: ReadonlyArray<string>, count: number): ReadonlySet<string> => {
  const set = new Set<string>();
  for (let i = 0; i < count; i += 1) set.add(list[i]!);
  return set;
};

/**
 * Plans a deployment from the standby roster (A/61/531 ¶50): picks officers able to
 * arrive within the request's window and lists every need left unmet, with why.
 *
 * An officer can fill a need when the officer
 * - has every skill, speaks every language and holds every course of the need, valid at
 *   notification (`@unsms/training`'s `courseStatus` over `options.catalogue`, by default
 *   `trainingCourses`), and has one of its grades when it lists grades;
 * - is available until the end of the deployment (`until`, else the arrival deadline);
 * - can arrive by the deadline, notification + `withinHours`: leaving at notification (or
 *   when the officer's availability starts, if later) and travelling the hours the request
 *   gives from the home station (none from the destination itself; an officer from a
 *   station without a travel time cannot be planned).
 *
 * Needs are filled in the request's order: an earlier need keeps every officer it can get,
 * and, among all assignments that do so, as many places are filled as any assignment can
 * fill (augmenting paths, see the guide). So adding an available officer never leaves more
 * places unfilled, and removing a qualification never fills more. Among interchangeable
 * officers the earliest to arrive go first, then by id; the answer does not depend on the
 * roster's order. Requirements are compared as exact strings; a course the catalogue does
 * not have is refused (an {@link InvalidSurgeInput} at
 * `$.request.needs[i].courses[j]`), never read as a course nobody holds: pass the agency's
 * catalogue for its own courses.
 *
 * Cost: each officer's training records are read once (`@unsms/training`'s
 * `courseStandings`, the catalogue read once for all), then testing each officer against
 * each need is linear in the roster times the needs' requirements — a course is one look-up,
 * plus one for each course that renews it, once per officer — plus n log n to order officers. Officers eligible for the same needs form one class; the matching runs over
 * the P pairs of a class and a need it can fill (P ≤ roster × needs): for each need,
 * Dinic's augmenting paths with a current arc per need and per class, a search that finds
 * nothing ruling out for good what it reached. At worst O(needs² × P + roster × needs);
 * on random rosters of up to 100 000 officers against 100 needs it examined each pair at
 * most about 60 times in all (see the guide). Limits, the same as the schema's, each
 * checked (an {@link InvalidSurgeInput} past it): 100 000 officers on the roster, each with
 * at most 100 skills, 50 languages and 1 000 completed courses; 100 needs, each asking for
 * at most 10 000 officers, 100 skills, 50 languages, 100 courses and 50 grades; 100 000
 * travel times; a window and a travel time of at most 8 760 hours. Each field of the request
 * and of the roster's officers is read once, and each list by index within the length
 * checked: the plan is made from the values checked (a getter that answers otherwise on a
 * later read, or a list whose own iterator gives more, changes nothing; `needs` that answer
 * `[]` and then 500 needs are planned as no need). Never throws:
 * input that is not what the types say is an {@link InvalidSurgeInput}.
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidSurgeInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { planDeployment, type StandbyOfficer } from "@unsms/surge"
 * import * as Result from "effect/Result"
 *
 * const window = { from: new Date("2006-07-01T00:00:00Z"), to: new Date("2006-09-30T00:00:00Z") }
 * const roster: ReadonlyArray<StandbyOfficer> = [
 *   { id: "fso-1", grade: "P-3", skills: ["close-protection"], languages: ["en", "ar"], training: [], homeStation: "Amman", available: window },
 *   { id: "fso-2", grade: "P-4", skills: ["crisis-management"], languages: ["en", "fr"], training: [], homeStation: "Nairobi", available: window },
 * ]
 * const plan = Result.getOrThrow(planDeployment(roster, {
 *   destination: "Beirut", notifiedAt: new Date("2006-07-14T06:00:00Z"), withinHours: 24,
 *   needs: [
 *     { id: "close-protection", count: 2, skills: ["close-protection"], languages: ["ar"], courses: [] },
 *     { id: "crisis-management", count: 1, skills: ["crisis-management"], languages: ["fr"], courses: [] },
 *   ],
 *   travel: [{ from: "Amman", hours: 14 }, { from: "Nairobi", hours: 30 }],
 * }))
 * console.log(plan.selected.map((s) => `${s.officer} → ${s.need}`)) // ["fso-1 → close-protection"]
 * console.log(plan.unmet.map((u) => `${u.need}: ${u.short} short`)) // ["close-protection: 1 short", "crisis-management: 1 short"]
 * console.log(plan.unmet[1]?.message)
 * // "crisis-management: 0 of 1 officer found; 0 meet every requirement (skill crisis-management: 1, language fr: 1, available to 2006-07-15T06:00:00.000Z: 2, arrival by 2006-07-15T06:00:00.000Z: 1)"
 *
 * // a course the catalogue (here the default, trainingCourses) does not have is refused
 * const medic = { id: "medic", count: 1, skills: [], languages: [], courses: ["first-aid"] }
 * const refused = planDeployment(roster, { destination: "Beirut", notifiedAt: new Date("2006-07-14T06:00:00Z"), withinHours: 24, needs: [medic], travel: [] })
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "$.request.needs[0].courses[0]"
 * ```
 *
 * @function
 * @category plan
 * @since 0.2.0
 */
export const planDeployment = /* @__PURE__ */ catchUnreadable(
  (
    roster: ReadonlyArray<StandbyOfficer>,
    request: DeploymentRequest,
    options: { readonly catalogue?: ReadonlyArray<Course> } = {},
  ): Result.Result<SurgePlan, InvalidSurgeInput> =>
    // planned from what checkInput read and checked, each field once: nothing is read again
    Result.map(checkInput(roster, request, options?.catalogue ?? trainingCourses), (input) => {
      const { catalogue, destination, notifiedAt: notified, withinHours, until, needs, travel } = input;
      const { availableFrom, availableTo } = input;
      const deadline = notified + withinHours * HOUR;
      const end = until === undefined ? deadline : until;

      const candidates: Array<Candidate> = [...input.roster]
        .sort((a, b) => Order.String(a.id, b.id))
        .map((officer) => {
          const travelHours =
            officer.homeStation === destination && !travel.has(officer.homeStation)
              ? 0
              : travel.get(officer.homeStation);
          const leaves = Math.max(notified, availableFrom[officer.index]!);
          return {
            officer,
            travelHours,
            arrivesAt: travelHours === undefined ? Number.POSITIVE_INFINITY : leaves + travelHours * HOUR,
          };
        });

      // requirement funnel per need, and each officer's eligible needs
      const counts = needs.map((need) => requirementsOf(need, deadline, end));
      const classKeys = new Map<string, number>();
      const classOfficers: Array<Array<Candidate>> = [];
      const needsOf: Array<ReadonlyArray<number>> = [];
      const eligibleCount = new Array<number>(needs.length).fill(0);
      const someCourses = needs.some((need) => need.courses.length > 0);
      // the catalogue read once (checkInput found every course asked for in it), each officer's
      // training once, when a need first asks for a course: then a course is one look-up
      const standingsIn = someCourses ? courseStandings(catalogue) : undefined;
      const notifiedAt = new Date(notified);
      for (const candidate of candidates) {
        const { officer } = candidate;
        // short lists are searched directly; long ones (hostile input) through a Set
        const { skills, skillCount, languages, languageCount } = officer;
        const skillSet = skillCount > 16 ? setOf(skills, skillCount) : undefined;
        const languageSet = languageCount > 16 ? setOf(languages, languageCount) : undefined;
        const courses = someCourses ? new Map<string, boolean>() : undefined;
        let standing: ((course: string) => CourseStanding) | undefined;
        const available = availableTo[officer.index]! >= end;
        const arrives = candidate.arrivesAt <= deadline;
        let key = "";
        for (let index = 0; index < needs.length; index += 1) {
          const need = needs[index]!;
          const meeting = counts[index]!.meeting;
          let all = true;
          let at = 0;
          for (const skill of need.skills) {
            if (skillSet === undefined ? holds(skills, skillCount, skill) : skillSet.has(skill)) meeting[at]! += 1;
            else all = false;
            at += 1;
          }
          for (const language of need.languages) {
            if (languageSet === undefined ? holds(languages, languageCount, language) : languageSet.has(language))
              meeting[at]! += 1;
            else all = false;
            at += 1;
          }
          for (const course of need.courses) {
            let held = courses!.get(course);
            if (held === undefined) {
              standing ??= standingsIn!({ person: officer.id, completed: officer.training }, notifiedAt);
              held = standing(course).status === "valid";
              courses!.set(course, held);
            }
            if (held) meeting[at]! += 1;
            else all = false;
            at += 1;
          }
          if (need.grades !== undefined && need.grades.length > 0) {
            if (need.grades.includes(officer.grade)) meeting[at]! += 1;
            else all = false;
            at += 1;
          }
          if (available) meeting[at]! += 1;
          else all = false;
          if (arrives) meeting[at + 1]! += 1;
          else all = false;
          if (all) {
            key += key === "" ? `${index}` : `,${index}`;
            eligibleCount[index]! += 1;
          }
        }
        if (key === "") continue;
        let classIndex = classKeys.get(key);
        if (classIndex === undefined) {
          classIndex = classOfficers.length;
          classKeys.set(key, classIndex);
          classOfficers.push([]);
          needsOf.push(key.split(",").map(Number));
        }
        classOfficers[classIndex]!.push(candidate);
      }
      for (const officers of classOfficers)
        officers.sort((a, b) => a.arrivesAt - b.arrivesAt || Order.String(a.officer.id, b.officer.id));

      const { taken: given } = fillNeeds(
        needs.map((need) => need.count),
        classOfficers.map((officers) => officers.length),
        needsOf,
      );

      const taken = new Array<number>(classOfficers.length).fill(0);
      const selected: Array<SelectedOfficer> = [];
      const unmet: Array<UnmetNeed> = [];
      needs.forEach((need, index) => {
        const mine: Array<Candidate> = [];
        const { classes, amounts } = given[index]!;
        for (let at = 0; at < classes.length; at += 1) {
          const classIndex = classes[at]!;
          const amount = amounts[at]!;
          const officers = classOfficers[classIndex]!;
          for (let k = 0; k < amount; k += 1) mine.push(officers[taken[classIndex]! + k]!);
          taken[classIndex]! += amount;
        }
        mine.sort((a, b) => a.arrivesAt - b.arrivesAt || Order.String(a.officer.id, b.officer.id));
        for (const candidate of mine) {
          selected.push({
            officer: candidate.officer.id,
            need: need.id,
            homeStation: candidate.officer.homeStation,
            travelHours: candidate.travelHours ?? 0,
            arrivesAt: new Date(candidate.arrivesAt),
          });
        }
        if (mine.length < need.count) {
          const eligible = eligibleCount[index]!;
          const row = counts[index]!;
          const requirements: Array<RequirementCount> = row.labels.map((label, at) => ({
            requirement: label.requirement,
            value: label.value,
            officersMeeting: row.meeting[at]!,
          }));
          const found = `${mine.length} of ${plural(need.count, "officer", "officers")} found`;
          const funnel = requirements
            .map(
              (r) =>
                `${r.requirement === "availability" ? "available to" : r.requirement === "arrival" ? "arrival by" : r.requirement} ${r.value}: ${r.officersMeeting}`,
            )
            .join(", ");
          const reason = eligible < need.count ? "too-few-eligible" : "eligible-officers-serve-earlier-needs";
          const why =
            reason === "too-few-eligible"
              ? `${eligible} meet every requirement (${funnel})`
              : `${eligible} meet every requirement, but ${eligible - mine.length} of them fill needs listed before it`;
          unmet.push({
            need: need.id,
            requested: need.count,
            assigned: mine.length,
            short: need.count - mine.length,
            eligible,
            reason,
            requirements,
            message: `${need.id}: ${found}; ${why}`,
          });
        }
      });
      return { arriveBy: new Date(deadline), selected, unmet };
    }),
  unreadable,
);

const requirementsOf = (need: DeploymentNeed, deadline: number, end: number) => {
  const labels: Array<Omit<RequirementCount, "officersMeeting">> = [
    ...need.skills.map((value) => ({ requirement: "skill" as const, value })),
    ...need.languages.map((value) => ({ requirement: "language" as const, value })),
    ...need.courses.map((value) => ({ requirement: "course" as const, value })),
    ...(need.grades !== undefined && need.grades.length > 0
      ? [{ requirement: "grade" as const, value: need.grades.join("|") }]
      : []),
    { requirement: "availability" as const, value: new Date(end).toISOString() },
    { requirement: "arrival" as const, value: new Date(deadline).toISOString() },
  ];
  return { labels, meeting: new Array<number>(labels.length).fill(0) };
};
