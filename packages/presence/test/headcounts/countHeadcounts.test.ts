import { fc, test } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { countHeadcounts, presenceCategories, takeCensus, type CountingRule } from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { consistentRecordsArb, dayArb, recordsArb, reorder } from "../support/arbitraries";
import { sampleRecords } from "../support/readExample";

const at = new Date("2006-06-30T12:00:00Z");
const everyone: CountingRule = {
  name: "everyone",
  basis: "test",
  categories: [...presenceCategories],
  dutyStations: null,
};

describe("countHeadcounts", () => {
  it("the sample at 30 June 2006 under the default rule: the 10 staff present, by organization", () => {
    const headcounts = Result.getOrThrow(countHeadcounts(sampleRecords(), at));
    expect(headcounts.participants).toEqual([
      { id: "UNDP", headcount: 4 },
      { id: "UNHCR", headcount: 2 },
      { id: "UNICEF", headcount: 2 },
      { id: "WFP", headcount: 1 },
      { id: "WHO", headcount: 1 },
    ]);
    expect(headcounts.counted).toBe(10);
    expect(headcounts.explanation).toContain("staff present at any duty station at 2006-06-30T12:00:00.000Z");
    expect(headcounts.explanation).toContain("¶52");
  });

  it("a rule names who counts and where", () => {
    const rule: CountingRule = {
      name: "Egypt and Colombia",
      basis: "test",
      categories: ["staff", "consultant"],
      dutyStations: ["Cairo", "Bogota"] as Array<DutyStationId>,
    };
    const headcounts = Result.getOrThrow(countHeadcounts(sampleRecords(), at, rule));
    expect(headcounts.participants).toEqual([
      { id: "UNDP", headcount: 3 },
      { id: "UNHCR", headcount: 2 },
      { id: "UNICEF", headcount: 1 },
      { id: "WHO", headcount: 1 },
    ]);
    expect(headcounts.explanation).toContain("staff and consultant present at Bogota and Cairo");
  });

  it("refuses a rule it cannot apply", () => {
    const result = countHeadcounts(sampleRecords(), at, {
      name: "x",
      basis: "",
      categories: ["boss"],
      dutyStations: null,
    } as unknown as CountingRule);
    expect(Result.isFailure(result) && result.failure.path).toBe("$.rule.categories[0]");
  });

  it("refuses more than 100 000 duty stations on the list's length, at once (a sparse array claiming 2^32 - 1)", () => {
    const dutyStations = Object.assign([] as Array<DutyStationId>, { length: 2 ** 32 - 1 });
    const result = countHeadcounts(sampleRecords(), at, { ...everyone, dutyStations });
    expect(Result.isFailure(result) && result.failure.path).toBe("$.rule.dutyStations");
    expect(Result.isFailure(result) && result.failure.received).toBe("an array of 4294967295 items");
  });

  test.prop([consistentRecordsArb, dayArb])(
    "law: headcounts sum to the census (counting every category) and to its staff (the default rule)",
    (records, day) => {
      const census = Result.getOrThrow(takeCensus(records, day));
      const all = Result.getOrThrow(countHeadcounts(records, day, everyone));
      expect(all.participants.reduce((sum, p) => sum + p.headcount, 0)).toBe(census.total);
      expect(all.counted).toBe(census.total);
      const staff = Result.getOrThrow(countHeadcounts(records, day));
      const staffInCensus = census.stations.reduce(
        (sum, s) => sum + (s.byCategory.find((c) => c.category === "staff")?.count ?? 0),
        0,
      );
      expect(staff.participants.reduce((sum, p) => sum + p.headcount, 0)).toBe(staffInCensus);
    },
  );

  test.prop([recordsArb, dayArb, fc.array(fc.nat())])(
    "law: record order never changes the headcounts",
    (records, day, keys) => {
      const once = countHeadcounts(records, day, everyone);
      const again = countHeadcounts(reorder(records, keys), day, everyone);
      expect(Result.isSuccess(again)).toBe(Result.isSuccess(once));
      if (Result.isSuccess(once) && Result.isSuccess(again))
        expect(again.success.participants).toEqual(once.success.participants);
    },
  );
});

describe("countHeadcounts: the rule's limits and the explanation's words", () => {
  it("refuses a rule without a category, at its categories", () => {
    const result = countHeadcounts(sampleRecords(), at, { ...everyone, categories: [] });
    expect(Result.isFailure(result) && [result.failure.path, result.failure.expected]).toEqual([
      "$.rule.categories",
      "at least one category",
    ]);
  });

  it("takes a list of exactly 100 000 duty stations and refuses 100 001", () => {
    const stations = Array.from({ length: 100_000 }, (_, i) => `S${i}` as DutyStationId);
    const taken = countHeadcounts(sampleRecords(), at, { ...everyone, dutyStations: stations });
    expect(Result.isSuccess(taken) && taken.success.counted).toBe(0);
    const refused = countHeadcounts(sampleRecords(), at, {
      ...everyone,
      dutyStations: [...stations, "S100000" as DutyStationId],
    });
    expect(Result.isFailure(refused) && [refused.failure.path, refused.failure.received]).toEqual([
      "$.rule.dutyStations",
      "an array of 100001 items",
    ]);
  });

  it("names one category, two, or more as a person would", () => {
    const explained = (categories: CountingRule["categories"], dutyStations: CountingRule["dutyStations"] = null) =>
      Result.getOrThrow(countHeadcounts(sampleRecords(), at, { ...everyone, categories, dutyStations })).explanation;
    expect(explained(["staff"])).toMatch(/^Counted: staff present at any duty station at /);
    expect(explained(["visitor", "staff"])).toMatch(/^Counted: staff and visitor present /);
    expect(explained(["visitor", "staff", "dependant"])).toMatch(/^Counted: staff, dependant and visitor present /);
    expect(explained(["staff"], ["Cairo" as DutyStationId])).toMatch(/^Counted: staff present at Cairo at /);
  });
});
