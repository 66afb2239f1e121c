import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode } from "@unsms/core/schema";
import { planDeployment, standbyWindow } from "@unsms/surge";
import { SurgePlanInputSchema } from "@unsms/surge/schema";
import { readExample } from "../support/readExample";

const sample = Result.getOrThrow(decode(SurgePlanInputSchema, readExample("plan.json")));

describe("planDeployment over the sample roster (Beirut, July 2006)", () => {
  const plan = Result.getOrThrow(planDeployment(sample.roster, sample.request));

  it("sends the officers who can arrive within 48 hours (¶50), earliest first", () => {
    expect(standbyWindow.value).toEqual({ fromHours: 24, toHours: 48 });
    expect(plan.arriveBy.toISOString()).toBe("2006-07-16T06:00:00.000Z");
    expect(plan.selected.map((s) => [s.need, s.officer, s.arrivesAt.toISOString()])).toEqual([
      ["close-protection", "fso-amman-1", "2006-07-14T16:00:00.000Z"],
      ["close-protection", "fso-amman-2", "2006-07-14T16:00:00.000Z"],
      ["crisis-coordination", "fso-geneva-1", "2006-07-14T20:00:00.000Z"],
      ["undac-support", "fso-geneva-2", "2006-07-14T20:00:00.000Z"],
    ]);
  });

  it("lists the unmet need with why", () => {
    expect(plan.unmet).toEqual([
      {
        need: "stress-counselling",
        requested: 1,
        assigned: 0,
        short: 1,
        eligible: 0,
        reason: "too-few-eligible",
        requirements: [
          { requirement: "skill", value: "stress-counselling", officersMeeting: 1 },
          { requirement: "language", value: "ar", officersMeeting: 3 },
          { requirement: "availability", value: "2006-08-14T00:00:00.000Z", officersMeeting: 8 },
          { requirement: "arrival", value: "2006-07-16T06:00:00.000Z", officersMeeting: 7 },
        ],
        message:
          "stress-counselling: 0 of 1 officer found; 0 meet every requirement (skill stress-counselling: 1, language ar: 3, available to 2006-08-14T00:00:00.000Z: 8, arrival by 2006-07-16T06:00:00.000Z: 7)",
      },
    ]);
  });

  it("a 24-hour window leaves the officers from New York and Bangkok out, and an officer available only later never arrives in time", () => {
    const tight = Result.getOrThrow(planDeployment(sample.roster, { ...sample.request, withinHours: 24 }));
    const arrival = tight.unmet
      .find((u) => u.need === "stress-counselling")
      ?.requirements.find((r) => r.requirement === "arrival");
    expect(arrival?.officersMeeting).toBe(5);
    expect(tight.selected.some((s) => s.officer === "fso-cairo-1")).toBe(false);
  });

  it("an earlier need keeps an officer a later need also wants; the later one says so", () => {
    const request = {
      ...sample.request,
      needs: [
        { id: "undac-lead", count: 2, skills: ["security-assessment"], languages: [], courses: ["undac-support"] },
        { id: "undac-second", count: 1, skills: ["security-assessment"], languages: [], courses: ["undac-support"] },
      ],
    };
    const plan2 = Result.getOrThrow(planDeployment(sample.roster, request));
    expect(plan2.selected.map((s) => s.need)).toEqual(["undac-lead", "undac-lead"]);
    expect(plan2.unmet.map((u) => [u.need, u.reason, u.eligible])).toEqual([
      ["undac-second", "eligible-officers-serve-earlier-needs", 2],
    ]);
    expect(plan2.unmet[0]?.message).toBe(
      "undac-second: 0 of 1 officer found; 2 meet every requirement, but 2 of them fill needs listed before it",
    );
  });

  it("a need with exactly as many eligible officers as it asks, one of them serving an earlier need, is short because of that need, not too-few-eligible", () => {
    const undac = { skills: ["security-assessment"], languages: [], courses: ["undac-support"] };
    const plan2 = Result.getOrThrow(
      planDeployment(sample.roster, {
        ...sample.request,
        needs: [
          { id: "undac-lead", count: 1, ...undac },
          { id: "undac-team", count: 2, ...undac },
        ],
      }),
    );
    expect(plan2.selected.map((s) => `${s.need}:${s.officer}`)).toEqual([
      "undac-lead:fso-geneva-2",
      "undac-team:fso-nairobi-1",
    ]);
    expect(plan2.unmet.map((u) => [u.need, u.requested, u.eligible, u.reason])).toEqual([
      ["undac-team", 2, 2, "eligible-officers-serve-earlier-needs"],
    ]);
    expect(plan2.unmet[0]?.message).toBe(
      "undac-team: 1 of 2 officers found; 2 meet every requirement, but 1 of them fill needs listed before it",
    );
  });

  it("among interchangeable officers the earliest to arrive goes first, whatever their ids", () => {
    // same qualifications; "fso-a" comes first by id but travels 20 hours from Nairobi, "fso-z" 10 from Amman
    const base = sample.roster[0]!;
    const roster = [
      { ...base, id: "fso-a", homeStation: "Nairobi" },
      { ...base, id: "fso-z", homeStation: "Amman" },
    ];
    const one = { id: "close-protection", count: 1, skills: ["close-protection"], languages: [], courses: [] };
    const plan5 = Result.getOrThrow(planDeployment(roster, { ...sample.request, needs: [one] }));
    expect(plan5.selected.map((s) => [s.officer, s.travelHours])).toEqual([["fso-z", 10]]);
    expect(plan5.unmet).toEqual([]);
  });

  it("re-routes an officer so that a later need is filled too", () => {
    // fso-nairobi-1 fits both; greedy by arrival would give crisis-coordination fso-geneva-1 anyway, so force it:
    const roster = sample.roster.filter((officer) => officer.id !== "fso-geneva-1");
    const plan3 = Result.getOrThrow(
      planDeployment(roster, {
        ...sample.request,
        needs: [
          { id: "crisis", count: 1, skills: ["crisis-management"], languages: [], courses: [] },
          { id: "undac", count: 2, skills: ["security-assessment"], languages: [], courses: ["undac-support"] },
        ],
      }),
    );
    expect(plan3.unmet).toEqual([]);
    expect(plan3.selected.map((s) => `${s.need}:${s.officer}`)).toEqual([
      "crisis:fso-newyork-1",
      "undac:fso-geneva-2",
      "undac:fso-nairobi-1",
    ]);
  });

  it("an officer at the destination needs no travel time; one from a station without a travel time cannot be planned", () => {
    const local = { ...sample.roster[7]!, id: "fso-beirut-1", homeStation: "Beirut", languages: ["ar"] };
    const withLocal = Result.getOrThrow(planDeployment([...sample.roster, local], sample.request));
    expect(withLocal.unmet).toEqual([]);
    expect(withLocal.selected.find((s) => s.officer === "fso-beirut-1")).toMatchObject({
      travelHours: 0,
      arrivesAt: sample.request.notifiedAt,
    });
    const far = { ...local, homeStation: "Dili" };
    expect(Result.getOrThrow(planDeployment([...sample.roster, far], sample.request)).unmet.map((u) => u.need)).toEqual(
      ["stress-counselling"],
    );
  });

  it("a station listed twice in the travel times counts with its first time; a time listed for the destination itself is used", () => {
    const twice = Result.getOrThrow(
      planDeployment(sample.roster, {
        ...sample.request,
        travel: [...sample.request.travel, { from: "Amman", hours: 60 }],
      }),
    );
    expect(twice).toEqual(Result.getOrThrow(planDeployment(sample.roster, sample.request)));
    expect(twice.selected.find((s) => s.officer === "fso-amman-1")?.travelHours).toBe(10);
    const local = { ...sample.roster[7]!, id: "fso-beirut-1", homeStation: "Beirut", languages: ["ar"] };
    const acrossTown = Result.getOrThrow(
      planDeployment([...sample.roster, local], {
        ...sample.request,
        travel: [...sample.request.travel, { from: "Beirut", hours: 3 }],
      }),
    );
    expect(acrossTown.selected.find((s) => s.officer === "fso-beirut-1")).toMatchObject({
      travelHours: 3,
      arrivesAt: new Date(sample.request.notifiedAt.getTime() + 3 * 3_600_000),
    });
  });

  it("a course of the agency's own catalogue is read from it; one the catalogue does not have is refused, never held by nobody", () => {
    const own = Result.getOrThrow(decode(SurgePlanInputSchema, readExample("own-course.json")));
    const catalogue = own.catalogue!;
    const plan4 = Result.getOrThrow(planDeployment(own.roster, own.request, { catalogue }));
    // fso-cairo-1's first aid (2002) lapsed after the catalogue's 36 months
    expect(plan4.selected.map((s) => `${s.need}:${s.officer}`)).toEqual(["medic:fso-amman-1"]);
    expect(plan4.unmet).toEqual([]);
    const unknown = planDeployment(own.roster, own.request);
    expect(Result.isFailure(unknown) && [unknown.failure._tag, unknown.failure.path, unknown.failure.received]).toEqual(
      ["InvalidSurgeInput", "$.request.needs[0].courses[0]", '"first-aid"'],
    );
    const wrong = planDeployment(own.roster, own.request, { catalogue: "first-aid" as never });
    expect(Result.isFailure(wrong) && wrong.failure.path).toBe("$.catalogue");
  });

  it("refuses what the types forbid, whatever a JS caller passes", () => {
    const twice = planDeployment([sample.roster[0]!, sample.roster[0]!], sample.request);
    expect(Result.isFailure(twice) && twice.failure.path).toBe("$.roster[1].id");
    const garbage: ReadonlyArray<readonly [unknown, unknown]> = [
      [null, sample.request],
      [sample.roster, null],
      [[null], sample.request],
      [sample.roster, { ...sample.request, needs: [{ id: "x", count: 1.5, skills: [], languages: [], courses: [] }] }],
      [sample.roster, { ...sample.request, withinHours: Number.NaN }],
      [[{ ...sample.roster[0], available: { from: "2006-07-01", to: null } }], sample.request],
    ];
    for (const [roster, request] of garbage) {
      const result = planDeployment(roster as never, request as never);
      expect(Result.isFailure(result)).toBe(true);
      if (Result.isFailure(result)) expect(result.failure._tag).toBe("InvalidSurgeInput");
    }
  });
});
