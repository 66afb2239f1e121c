import { fc, test } from "@fast-check/vitest";
import { type UnitId } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  fundingSources,
  summarizeStaffing,
  summaryDimensions,
  type StaffingTable,
  type SummaryRow,
} from "@unsms/staffing";
import { StaffingTableSchema, SummaryDimensionSchema } from "@unsms/staffing/schema";
import { knownTableArb, partialTableArb, unitsArb } from "../support/arbitraries";
import { referenceSummarizeStaffing } from "../support/reference/summarizeStaffing";
import { readExample } from "../support/readExample";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const u = (id: string) => id as UnitId;
const sample = (): StaffingTable => Result.getOrThrow(decode(StaffingTableSchema, readExample("posts.json")));
const pick = (rows: ReadonlyArray<SummaryRow>, key: string) => rows.find((row) => row.key === key);

describe("summarizeStaffing", () => {
  it("rolls the sample's posts up by unit, children included (¶6, ¶15)", () => {
    const summary = Result.getOrThrow(summarizeStaffing(sample(), { by: "unit" }));
    expect(
      summary.rows.map((row) => [row.key, row.depth, row.authorized, row.filled, row.vacant, row.fillRate]),
    ).toEqual([
      ["OUSG", 0, 16, 14, 2, "88"],
      ["CEMU", 1, 8, 6, 2, "75"],
      ["total", 0, 16, 14, 2, "88"],
    ]);
    expect(summary.undetermined).toEqual([]);
  });

  it("by grade, category, funding, station and status", () => {
    const table = sample();
    const byGrade = Result.getOrThrow(summarizeStaffing(table, { by: "grade" })).rows;
    expect(byGrade.map((row) => row.key)).toEqual(["USG", "D-2", "P-5", "P-4", "P-3", "GS(PL)", "GS(OL)", "total"]);
    expect(pick(byGrade, "P-3")).toMatchObject({
      authorized: 4,
      filled: 2,
      vacant: 2,
      fillRate: "50",
      vacancyRate: "50",
    });
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

  it("incumbency known only as a count per unit works (¶17, ¶21)", () => {
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
    expect(byGrade.undetermined.map((row) => [row.key, row.authorized])).toEqual([
      ["P-5", 7],
      ["P-4", 70],
      ["total", 77],
    ]);
  });

  it("a count equal to its posts (or zero) settles every row it touches", () => {
    const table: StaffingTable = {
      units: [{ id: u("OUSG"), name: "Office of the USG", parent: null }],
      groups: [
        { unit: u("OUSG"), grade: "USG", count: 1 },
        { unit: u("OUSG"), grade: "GS(OL)", count: 3 },
      ],
      fillCounts: [{ unit: u("OUSG"), filled: 4 }],
    };
    const rows = Result.getOrThrow(summarizeStaffing(table, { by: "grade" })).rows;
    expect(rows.map((row) => [row.key, row.filled, row.fillRate])).toEqual([
      ["USG", 1, "100"],
      ["GS(OL)", 3, "100"],
      ["total", 4, "100"],
    ]);
  });

  it("inconsistent tables are errors listing every problem with its path", () => {
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
    expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidStaffingTable");
    expect(failureIssues(result).map((issue) => issue.path)).toEqual([
      "$.units[3].id",
      "$.units[0].parent",
      "$.units[1].parent",
      "$.units[2].parent",
      "$.groups[0].unit",
    ]);
    const tooMany = summarizeStaffing({
      units: [{ id: u("EO"), name: "EO", parent: null }],
      groups: [{ unit: u("EO"), count: 17 }],
      fillCounts: [{ unit: u("EO"), filled: 18 }],
    });
    expect(failureIssues(tooMany)[0]).toMatchObject({
      path: "$.fillCounts[0].filled",
      expected: "between 0 and 17 (the posts and the counts under it)",
      received: "18",
    });
    const overlapping = summarizeStaffing({
      units: [{ id: u("D"), name: "D", parent: null }],
      groups: [
        { unit: u("D"), funding: "regular-budget", count: 2 },
        { unit: u("D"), count: 2 },
      ],
      fillCounts: [
        { unit: u("D"), filled: 3 },
        { unit: u("D"), funding: "regular-budget", filled: 2 },
        { unit: u("D"), filled: 4 },
      ],
    });
    expect(failureIssues(overlapping).map((issue) => issue.path)).toEqual(["$.fillCounts[2].filled"]);
    const children = summarizeStaffing({
      units: [
        { id: u("P"), name: "P", parent: null },
        { id: u("K"), name: "K", parent: u("P") },
      ],
      groups: [
        { unit: u("K"), count: 2 },
        { unit: u("P"), count: 1 },
      ],
      fillCounts: [
        { unit: u("P"), filled: 1 },
        { unit: u("K"), filled: 2 },
      ],
    });
    expect(failureIssues(children)[0]?.path).toBe("$.fillCounts[0].filled");
  });

  test.prop([knownTableArb, fc.constantFrom(0, 1, 2)])(
    "filled + vacant = authorized on every row, rates as core prints them",
    ({ units, posts }, decimals) => {
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
        if (by !== "unit")
          expect(summary.rows.slice(0, -1).reduce((sum, row) => sum + row.authorized, 0)).toBe(posts.length);
      }
    },
  );

  test.prop([knownTableArb])("roll-ups are additive: a unit is its own posts plus its children", ({ units, posts }) => {
    const rows = Result.getOrThrow(summarizeStaffing({ units, posts })).rows;
    const of = (id: string) => rows.find((row) => row.key === id) ?? { authorized: 0, filled: 0 };
    for (const unit of units) {
      const own = posts.filter((post) => post.unit === unit.id);
      const children = units.filter((child) => child.parent === unit.id).map((child) => of(child.id));
      expect(of(unit.id).authorized).toBe(own.length + children.reduce((sum, row) => sum + row.authorized, 0));
      expect(of(unit.id).filled).toBe(
        own.filter((post) => post.incumbent !== null).length + children.reduce((sum, row) => sum + row.filled, 0),
      );
    }
  });

  test.prop([
    knownTableArb.chain((table) =>
      fc.tuple(fc.constant(table), fc.shuffledSubarray([...table.posts], { minLength: table.posts.length })),
    ),
    fc.constantFrom(...SummaryDimensionSchema.options),
  ])("summaries do not depend on the order of the posts", ([{ units, posts }, shuffled], by) => {
    expect(summarizeStaffing({ units, posts: shuffled }, { by })).toEqual(summarizeStaffing({ units, posts }, { by }));
  });

  test.prop([partialTableArb, fc.constantFrom(...SummaryDimensionSchema.options)])(
    "counts never lead to a guess: every settled row equals the truth, every counted unit is settled",
    ({ truth, view }, by) => {
      const truthRows = Result.getOrThrow(summarizeStaffing(truth, { by })).rows;
      const summary = Result.getOrThrow(summarizeStaffing(view, { by }));
      for (const row of summary.rows) expect(row).toEqual(truthRows.find((candidate) => candidate.key === row.key));
      expect(summary.rows.length + summary.undetermined.length).toBe(truthRows.length);
      if (by === "unit")
        for (const count of view.fillCounts ?? []) {
          if (truthRows.some((row) => row.key === count.unit))
            expect(summary.rows.map((row) => row.key)).toContain(count.unit);
        }
    },
  );

  describe("large and hostile tables (issue 16)", () => {
    // A table of count-only groups and counts of every kind, some contradictory, some
    // crossing: the summary must be the one the former (quadratic, recursive) code gave.
    const tableWithCounts: fc.Arbitrary<StaffingTable> = unitsArb.chain((units) => {
      const unit = fc.nat({ max: units.length - 1 }).map((k) => u(`U${k}`));
      const funding = fc.option(fc.constantFrom(...fundingSources), { nil: undefined });
      const group = fc
        .record({
          unit,
          count: fc.nat({ max: 5 }),
          grade: fc.option(fc.constantFrom("P-4" as const, "GS(OL)" as const, "SS" as const), { nil: undefined }),
          funding,
          filled: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        })
        .map(({ filled, ...rest }) => ({
          ...rest,
          filled: filled === undefined || filled > rest.count ? undefined : filled,
        }));
      // a count of 0 or of every post it covers settles rows that cut across it: both are drawn often
      const count = fc.record({
        unit,
        funding,
        filled: fc.nat({ max: 12 }),
        mode: fc.constantFrom("any", "none", "all"),
      });
      return fc
        .record({ groups: fc.array(group, { maxLength: 12 }), fillCounts: fc.array(count, { maxLength: 5 }) })
        .map(({ groups, fillCounts }) => ({
          units,
          groups: groups.map(({ funding: f, grade, filled, ...rest }) => ({
            ...rest,
            ...(f === undefined ? {} : { funding: f }),
            ...(grade === undefined ? {} : { grade }),
            ...(filled === undefined ? {} : { filled }),
          })),
          fillCounts: fillCounts.map(({ funding: f, mode, filled, ...rest }) => {
            const under = (id: string, top: string): boolean => {
              for (let at: string | null | undefined = id, steps = 0; at != null && steps <= units.length; steps += 1) {
                if (at === top) return true;
                at = units.find((candidate) => candidate.id === at)?.parent;
              }
              return false;
            };
            const covered = groups
              .filter((group) => under(group.unit, rest.unit) && (f === undefined || group.funding === f))
              .reduce((sum, group) => sum + group.count, 0);
            const chosen = mode === "none" ? 0 : mode === "all" ? covered : filled;
            return f === undefined ? { ...rest, filled: chosen } : { ...rest, funding: f, filled: chosen };
          }),
        }));
    });

    test.prop([tableWithCounts, fc.constantFrom(...summaryDimensions)])(
      "agrees with a model that enumerates every incumbency the counts allow (test/support/reference)",
      (table, by) => {
        const now = summarizeStaffing(table, { by });
        const before = referenceSummarizeStaffing(table, { by });
        expect(Result.isFailure(now)).toBe(Result.isFailure(before));
        if (Result.isSuccess(now) && Result.isSuccess(before)) expect(now.success).toEqual(before.success);
      },
    );

    const chain = (depth: number): StaffingTable => ({
      units: Array.from({ length: depth }, (_, k) => ({
        id: u(`U${k}`),
        name: `Unit ${k}`,
        parent: k === 0 ? null : u(`U${k - 1}`),
      })),
      groups: [
        { unit: u(`U${depth - 1}`), grade: "P-4", count: 3 },
        { unit: u("U0"), grade: "P-3", count: 1, filled: 1 },
      ],
      fillCounts: [
        { unit: u(`U${depth - 1}`), filled: 2 },
        { unit: u(`U${depth >> 1}`), filled: 2 },
      ],
    });

    it("a chain of 100 000 units (it overflowed the stack from ~3 800) rolls up, deepest unit included", () => {
      const summary = Result.getOrThrow(summarizeStaffing(chain(100_000)));
      expect(summary.rows).toHaveLength(100_001);
      expect(summary.rows[0]).toMatchObject({ key: "U0", depth: 0, authorized: 4, filled: 3 });
      expect(summary.rows[99_999]).toMatchObject({
        key: "U99999",
        depth: 99_999,
        authorized: 3,
        filled: 2,
        fillRate: "67",
      });
      expect(summary.rows.at(-1)).toMatchObject({ key: "total", authorized: 4, filled: 3 });
    });

    it("a chain of 100 000 units with its cycle and unknown parents reported, not thrown", () => {
      const units = chain(100_000).units.map((unit, k) => (k === 0 ? { ...unit, parent: u("U99999") } : unit));
      const result = summarizeStaffing({ units });
      expect(failureIssues(result)).toHaveLength(100);
      expect(Result.isFailure(result) && result.failure.omitted).toBe(99_900);
      expect(Result.isFailure(result) && result.failure.message).toMatch(
        /^100000 problems in the staffing table; first: \$\.units\[0\]: unit "U0" is part of a cycle$/,
      );
    });

    it('by "__proto__" or any other key that is not a dimension is an error, not an exception', () => {
      for (const by of ["__proto__", "constructor", "toString", "hasOwnProperty", "Unit"]) {
        const result = summarizeStaffing(sample(), { by: by as "unit" });
        expect(failureIssues(result)[0]).toMatchObject({
          path: "options.by",
          received: JSON.stringify(by),
        });
      }
    });

    test.prop([fc.anything()])("any value of by or decimals gives a result, never an exception", (value) => {
      expect(Result.isResult(summarizeStaffing(sample(), { by: value as "unit" }))).toBe(true);
      expect(Result.isResult(summarizeStaffing(sample(), { decimals: value as number }))).toBe(true);
    });

    it("decimals above 20 are refused from 21 on (1e9 decimals would build a gigabyte string); 20 is printed", () => {
      for (const decimals of [21, 1e9])
        expect(failureIssues(summarizeStaffing(sample(), { decimals }))).toEqual([
          expect.objectContaining({ path: "options.decimals", received: String(decimals) }),
        ]);
      expect(Result.getOrThrow(summarizeStaffing(sample(), { decimals: 20 })).rows[0]?.fillRate).toBe(
        "87.50000000000000000000",
      );
    });

    it("2 000 nested counts over 2 000 units settle every unit in one pass", () => {
      const depth = 2_000;
      const table: StaffingTable = {
        units: chain(depth).units,
        groups: Array.from({ length: depth }, (_, k) => ({ unit: u(`U${k}`), count: 2 })),
        fillCounts: Array.from({ length: depth }, (_, k) => ({ unit: u(`U${k}`), filled: depth - k })),
      };
      const summary = Result.getOrThrow(summarizeStaffing(table));
      expect(summary.undetermined).toEqual([]);
      expect(summary.rows.slice(0, 3).map((row) => [row.key, row.authorized, row.filled])).toEqual([
        ["U0", 4000, 2000],
        ["U1", 3998, 1999],
        ["U2", 3996, 1998],
      ]);
    });
  });
});
