import { fc, test } from "@fast-check/vitest";
import { type UnitId } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect } from "vitest";
import { summarizeStaffing, type StaffingTable, type SummaryRow } from "@unsms/staffing";
import { StaffingTableSchema, SummaryDimensionSchema } from "@unsms/staffing/schema";
import { knownTableArb, partialTableArb } from "../support/arbitraries";
import { readExample } from "../support/readExample";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const u = (id: string) => id as UnitId;
const sample = (): StaffingTable => Result.getOrThrow(decode(StaffingTableSchema, readExample("posts.json")));
const pick = (rows: ReadonlyArray<SummaryRow>, key: string) => rows.find((row) => row.key === key);

describe("summarizeStaffing", () => {
  test("rolls the sample's posts up by unit, children included (¶6, ¶15)", () => {
    const summary = Result.getOrThrow(summarizeStaffing(sample(), { by: "unit" }));
    expect(summary.rows.map((row) => [row.key, row.depth, row.authorized, row.filled, row.vacant, row.fillRate])).toEqual([
      ["OUSG", 0, 16, 14, 2, "88"],
      ["CEMU", 1, 8, 6, 2, "75"],
      ["total", 0, 16, 14, 2, "88"],
    ]);
    expect(summary.undetermined).toEqual([]);
  });

  test("by grade, category, funding, station and status", () => {
    const table = sample();
    const byGrade = Result.getOrThrow(summarizeStaffing(table, { by: "grade" })).rows;
    expect(byGrade.map((row) => row.key)).toEqual(["USG", "D-2", "P-5", "P-4", "P-3", "GS(PL)", "GS(OL)", "total"]);
    expect(pick(byGrade, "P-3")).toMatchObject({ authorized: 4, filled: 2, vacant: 2, fillRate: "50", vacancyRate: "50" });
    const byCategory = Result.getOrThrow(summarizeStaffing(table, { by: "category", decimals: 1 })).rows;
    expect(byCategory.map((row) => [row.key, row.authorized, row.filled, row.fillRate])).toEqual([
      ["professional-and-higher", 10, 8, "80.0"],
      ["general-service", 6, 6, "100.0"],
      ["total", 16, 14, "87.5"],
    ]);
    for (const by of ["funding", "station", "status"] as const) {
      const rows = Result.getOrThrow(summarizeStaffing(table, { by })).rows;
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ authorized: 16, filled: 14 });
    }
  });

  test("incumbency known only as a count per unit works (¶17, ¶21)", () => {
    const table: StaffingTable = {
      units: [
        { id: u("HQ"), name: "Headquarters", parent: null },
        { id: u("DRO"), name: "Division of Regional Operations", parent: u("HQ") },
        { id: u("FSS"), name: "Field Support Service", parent: u("HQ") },
      ],
      groups: [
        { unit: u("DRO"), grade: "P-5", funding: "regular-budget", count: 7 },
        { unit: u("DRO"), grade: "P-4", funding: "regular-budget", count: 36 },
        { unit: u("DRO"), grade: "P-4", funding: "extrabudgetary", count: 4 },
        { unit: u("FSS"), grade: "P-4", count: 30 },
      ],
      fillCounts: [
        { unit: u("DRO"), funding: "regular-budget", filled: 28 },
        { unit: u("FSS"), filled: 16 },
      ],
    };
    const summary = Result.getOrThrow(summarizeStaffing(table, { decimals: 1 }));
    expect(pick(summary.rows, "FSS")).toMatchObject({ authorized: 30, filled: 16, fillRate: "53.3" });
    // DRO's 4 extrabudgetary posts have no count: DRO and HQ stay undetermined, never guessed.
    expect(summary.undetermined.map((row) => row.key)).toEqual(["HQ", "DRO", "total"]);
    const byFunding = Result.getOrThrow(summarizeStaffing(table, { by: "funding", decimals: 0 }));
    expect(pick(byFunding.rows, "regular-budget")).toMatchObject({ authorized: 43, filled: 28, fillRate: "65" });
    // A count that covers all posts of a row settles it; one cut across by grade does not.
    const byGrade = Result.getOrThrow(summarizeStaffing(table, { by: "grade" }));
    expect(byGrade.rows).toEqual([]);
    expect(byGrade.undetermined.map((row) => [row.key, row.authorized])).toEqual([["P-5", 7], ["P-4", 70], ["total", 77]]);
  });

  test("a count equal to its posts (or zero) settles every row it touches", () => {
    const table: StaffingTable = {
      units: [{ id: u("OUSG"), name: "Office of the USG", parent: null }],
      groups: [{ unit: u("OUSG"), grade: "USG", count: 1 }, { unit: u("OUSG"), grade: "GS(OL)", count: 3 }],
      fillCounts: [{ unit: u("OUSG"), filled: 4 }],
    };
    const rows = Result.getOrThrow(summarizeStaffing(table, { by: "grade" })).rows;
    expect(rows.map((row) => [row.key, row.filled, row.fillRate])).toEqual([["USG", 1, "100"], ["GS(OL)", 3, "100"], ["total", 4, "100"]]);
  });

  test("inconsistent tables are errors listing every problem with its path", () => {
    const bad: StaffingTable = {
      units: [
        { id: u("A"), name: "A", parent: u("Z") },
        { id: u("B"), name: "B", parent: u("C") },
        { id: u("C"), name: "C", parent: u("B") },
        { id: u("A"), name: "A again", parent: null },
      ],
      groups: [{ unit: u("Q"), count: 2 }],
      fillCounts: [{ unit: u("A"), filled: 1 }],
    };
    const result = summarizeStaffing(bad);
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      expect(result.failure._tag).toBe("InvalidStaffingTable");
      expect(result.failure.issues.map((issue) => issue.path)).toEqual([
        "$.units[3].id", "$.units[0].parent", "$.units[1].parent", "$.units[2].parent", "$.groups[0].unit",
      ]);
    }
    const tooMany = summarizeStaffing({ units: [{ id: u("EO"), name: "EO", parent: null }], groups: [{ unit: u("EO"), count: 17 }], fillCounts: [{ unit: u("EO"), filled: 18 }] });
    expect(Result.isFailure(tooMany) && tooMany.failure.issues[0]).toMatchObject({ path: "$.fillCounts[0].filled", expected: "between 0 and 17 (the posts and the counts under it)", received: "18" });
    const overlapping = summarizeStaffing({
      units: [{ id: u("D"), name: "D", parent: null }],
      groups: [{ unit: u("D"), funding: "regular-budget", count: 2 }, { unit: u("D"), count: 2 }],
      fillCounts: [{ unit: u("D"), filled: 3 }, { unit: u("D"), funding: "regular-budget", filled: 2 }, { unit: u("D"), filled: 4 }],
    });
    expect(Result.isFailure(overlapping) && overlapping.failure.issues.map((issue) => issue.path)).toEqual(["$.fillCounts[2].filled"]);
    const children = summarizeStaffing({
      units: [{ id: u("P"), name: "P", parent: null }, { id: u("K"), name: "K", parent: u("P") }],
      groups: [{ unit: u("K"), count: 2 }, { unit: u("P"), count: 1 }],
      fillCounts: [{ unit: u("P"), filled: 1 }, { unit: u("K"), filled: 2 }],
    });
    expect(Result.isFailure(children) && children.failure.issues[0]?.path).toBe("$.fillCounts[0].filled");
  });

  test.prop([knownTableArb, fc.constantFrom(0, 1, 2)])("filled + vacant = authorized on every row, rates as core prints them", ({ units, posts }, decimals) => {
    for (const by of SummaryDimensionSchema.options) {
      const summary = Result.getOrThrow(summarizeStaffing({ units, posts }, { by, decimals }));
      expect(summary.undetermined).toEqual([]);
      for (const row of summary.rows) {
        expect(row.filled + row.vacant).toBe(row.authorized);
        expect(row.filled).toBeGreaterThanOrEqual(0);
        expect(row.fillRate.split(".")[1]?.length ?? 0).toBe(decimals);
      }
      const total = summary.rows.at(-1);
      expect(total?.key ?? "total").toBe("total");
      expect(total?.authorized ?? 0).toBe(posts.length);
      if (by !== "unit") expect(summary.rows.slice(0, -1).reduce((sum, row) => sum + row.authorized, 0)).toBe(posts.length);
    }
  });

  test.prop([knownTableArb])("roll-ups are additive: a unit is its own posts plus its children", ({ units, posts }) => {
    const rows = Result.getOrThrow(summarizeStaffing({ units, posts })).rows;
    const of = (id: string) => rows.find((row) => row.key === id) ?? { authorized: 0, filled: 0 };
    for (const unit of units) {
      const own = posts.filter((post) => post.unit === unit.id);
      const children = units.filter((child) => child.parent === unit.id).map((child) => of(child.id));
      expect(of(unit.id).authorized).toBe(own.length + children.reduce((sum, row) => sum + row.authorized, 0));
      expect(of(unit.id).filled).toBe(own.filter((post) => post.incumbent !== null).length + children.reduce((sum, row) => sum + row.filled, 0));
    }
  });

  test.prop([knownTableArb.chain((table) => fc.tuple(fc.constant(table), fc.shuffledSubarray([...table.posts], { minLength: table.posts.length }))), fc.constantFrom(...SummaryDimensionSchema.options)])(
    "summaries do not depend on the order of the posts",
    ([{ units, posts }, shuffled], by) => {
      expect(summarizeStaffing({ units, posts: shuffled }, { by })).toEqual(summarizeStaffing({ units, posts }, { by }));
    },
  );

  test.prop([partialTableArb, fc.constantFrom(...SummaryDimensionSchema.options)])(
    "counts never lead to a guess: every settled row equals the truth, every counted unit is settled",
    ({ truth, view }, by) => {
      const truthRows = Result.getOrThrow(summarizeStaffing(truth, { by })).rows;
      const summary = Result.getOrThrow(summarizeStaffing(view, { by }));
      for (const row of summary.rows) expect(row).toEqual(truthRows.find((candidate) => candidate.key === row.key));
      expect(summary.rows.length + summary.undetermined.length).toBe(truthRows.length);
      if (by === "unit")
        for (const count of view.fillCounts ?? []) {
          if (truthRows.some((row) => row.key === count.unit)) expect(summary.rows.map((row) => row.key)).toContain(count.unit);
        }
    },
  );
});
