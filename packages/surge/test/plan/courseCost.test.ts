import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { planDeployment, type DeploymentNeed, type StandbyOfficer } from "@unsms/surge";
import { courseStatus, type CompletedCourse, type Course } from "@unsms/training";

const window = { from: new Date("2006-07-01T00:00:00Z"), to: new Date("2006-09-30T00:00:00Z") };
const notifiedAt = new Date("2006-07-14T06:00:00Z");
const citation = { document: "agency catalogue", location: "§1" };
const courseOf = (id: string, validForMonths: number | null, renewedBy: ReadonlyArray<string>): Course => ({
  id,
  name: id,
  kind: "specialized",
  lengthWeeks: null,
  requiredOf: "deployed officers",
  requiredBefore: null,
  validForMonths,
  renewedBy,
  source: citation,
  validitySource: citation,
});
const officer = (id: string, training: ReadonlyArray<CompletedCourse>): StandbyOfficer => ({
  id,
  grade: "P-3",
  skills: [],
  languages: [],
  training,
  homeStation: "Beirut",
  available: window,
});
const need = (id: string, courses: ReadonlyArray<string>, count = 1): DeploymentNeed => ({
  id,
  count,
  skills: [],
  languages: [],
  courses,
});

describe("planDeployment reads each officer's training once, whatever the courses the needs ask for", () => {
  it("300 records × 300 courses asked: about one read of each record, not one per course", () => {
    const courses = 300;
    const catalogue = Array.from({ length: courses }, (_, i) => courseOf(`c${i}`, null, []));
    const reads = { on: 0 };
    const training = Array.from({ length: courses }, (_, i) =>
      Object.defineProperty({ course: `c${i}` }, "on", {
        get: () => {
          reads.on += 1;
          return new Date("2005-01-01T00:00:00Z");
        },
        enumerable: true,
      }),
    ) as unknown as ReadonlyArray<CompletedCourse>;
    const roster = Array.from({ length: 5 }, (_, i) => officer(`o${i}`, training));
    const needs = Array.from({ length: 3 }, (_, n) =>
      need(
        `n${n}`,
        Array.from({ length: 100 }, (_, c) => `c${n * 100 + c}`),
      ),
    );
    const plan = Result.getOrThrow(
      planDeployment(roster, { destination: "Beirut", notifiedAt, withinHours: 24, needs, travel: [] }, { catalogue }),
    );
    expect(plan.selected).toHaveLength(3);
    expect(plan.unmet).toEqual([]);
    // the scan per course read them 5 officers × 300 courses × 300 records = 450 000 times
    expect(reads.on).toBeLessThanOrEqual(2 * 5 * courses);
  });

  // the courses an officer holds are courseStatus's answer, refreshers and validity included
  const ids = ["a", "b", "c", "r"];
  const catalogue: ReadonlyArray<Course> = [
    courseOf("a", 12, ["r"]),
    courseOf("b", null, ["r", "a"]),
    courseOf("c", 24, []),
    courseOf("r", 6, []),
  ];
  const completion = fc.record({
    course: fc.constantFrom(...ids, "x"),
    on: fc.integer({ min: 0, max: 40 }).map((month) => new Date(Date.UTC(2004, month, 14, 6))),
  });
  test.prop([fc.array(fc.array(completion, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.subarray(ids)], {
    numRuns: 300,
  })("an officer fills a need asking for courses exactly when courseStatus finds each valid", (records, asked) => {
    const roster = records.map((training, i) => officer(`o${i}`, training));
    const request = { destination: "Beirut", notifiedAt, withinHours: 24, needs: [need("n", asked, 10)], travel: [] };
    const plan = Result.getOrThrow(planDeployment(roster, request, { catalogue }));
    const holding = roster
      .filter((o) =>
        asked.every(
          (course) =>
            courseStatus({ person: o.id, completed: o.training }, course, notifiedAt, catalogue).status === "valid",
        ),
      )
      .map((o) => o.id);
    expect(plan.selected.map((s) => s.officer).sort()).toEqual(holding.sort());
  });
});
