import type { UnitId } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { dssAtAGlance, dssStaffingTable, recruitmentTable, unitFillFigures } from "@unsms/reference-data";
import { categoryOf, summarizeStaffing, type StaffingTable } from "@unsms/staffing";

const groups = dssStaffingTable.groups ?? [];
const postsOf = (unit: string, funding?: string) =>
  groups
    .filter((group) => group.unit === unit && (funding === undefined || group.funding === funding))
    .reduce((sum, group) => sum + group.count, 0);
const headquartersUnits = dssStaffingTable.units.filter((unit) => unit.parent === "DSS-HQ").map((unit) => unit.id);

describe("dssStaffingTable (Annex II)", () => {
  test("every unit's posts as the chart lists them", () => {
    expect(Object.fromEntries(headquartersUnits.map((unit) => [unit, postsOf(unit)]))).toEqual({
      OUSG: 8,
      EO: 17,
      PPCU: 6,
      CEMU: 8,
      DRO: 50,
      FSS: 30,
      DSSS: 10,
      "SSS-NY": 336,
    });
    expect([postsOf("DRO", "regular-budget"), postsOf("DRO", "extrabudgetary")]).toEqual([43, 7]);
    expect([postsOf("SSS-NY", "regular-budget"), postsOf("SSS-NY", "extrabudgetary")]).toEqual([322, 14]);
  });

  test("the headquarters units add up to 465, the recruitment table's figure (¶41)", () => {
    expect(headquartersUnits.reduce((sum, unit) => sum + postsOf(unit), 0)).toBe(465);
    expect(recruitmentTable.rows[0]?.authorized).toBe(465);
  });

  test("Field Security Operations: 250 international posts = 26 + 137 + 83 + 4, with 369 local: 619", () => {
    const fso = groups.filter((group) => group.unit === "FSO");
    const international = fso.filter(
      (group) => group.grade !== undefined && categoryOf(group.grade) === "professional-and-higher",
    );
    expect(international.map((group) => group.count)).toEqual([26, 137, 83, 4]);
    expect(international.reduce((sum, group) => sum + group.count, 0)).toBe(250);
    expect(fso.filter((group) => group.grade === "LL").map((group) => group.count)).toEqual([369]);
    expect(postsOf("FSO")).toBe(619);
    expect(fso.every((group) => group.funding === "cost-shared")).toBe(true);
  });

  test("the summary by unit rebuilds the recruitment table: 465 + 746 + 619 = 1 830, 417 + 652 + 467 = 1 536", () => {
    const summary = Result.getOrThrow(
      summarizeStaffing(dssStaffingTable, { by: "unit", decimals: recruitmentTable.decimals }),
    );
    const row = (key: string) => summary.rows.find((candidate) => candidate.key === key);
    for (const expected of [...recruitmentTable.rows, recruitmentTable.total]) {
      expect(row(expected.unit)).toMatchObject({
        authorized: expected.authorized,
        filled: expected.incumbents,
        fillRate: expected.percentage,
      });
    }
    const parts = recruitmentTable.rows.map((expected) => row(expected.unit));
    expect(parts.map((part) => part?.authorized)).toEqual([465, 746, 619]);
    expect(parts.reduce((sum, part) => sum + (part?.authorized ?? 0), 0)).toBe(1830);
    expect(parts.map((part) => part?.filled)).toEqual([417, 652, 467]);
    expect(parts.reduce((sum, part) => sum + (part?.filled ?? 0), 0)).toBe(1536);
    expect(recruitmentTable.rows.reduce((sum, r) => sum + r.authorized, 0)).toBe(recruitmentTable.total.authorized);
    expect(recruitmentTable.rows.reduce((sum, r) => sum + r.incumbents, 0)).toBe(recruitmentTable.total.incumbents);
    expect(row("DSS")?.authorized).toBe(dssAtAGlance.staff.value);
  });

  test("the unit figures of ¶6, ¶13, ¶15, ¶21 and ¶40 come out of the table", () => {
    const summary = Result.getOrThrow(summarizeStaffing(dssStaffingTable, { by: "unit" }));
    const byName = new Map(summary.rows.map((row) => [row.label, row]));
    for (const figure of unitFillFigures) {
      const row = byName.get(figure.unit);
      if (row === undefined) continue;
      expect([row.authorized, row.filled]).toEqual([figure.posts, figure.filled]);
    }
    expect(
      [
        "Office of the Under-Secretary-General",
        "Policy, Planning and Coordination Unit",
        "Compliance, Evaluation and Monitoring Unit",
        "Field Support Service",
        "Executive Office",
      ].every((name) => byName.has(name)),
    ).toBe(true);
    // ¶17: the division's 43 regular-budget posts, 28 filled
    const dro = (dssStaffingTable.fillCounts ?? []).find((count) => count.unit === "DRO");
    expect([dro?.funding, dro?.filled, postsOf("DRO", "regular-budget")]).toEqual(["regular-budget", 28, 43]);
  });

  test("the rest is left undetermined, never guessed: the report gives no fill for these units", () => {
    const summary = Result.getOrThrow(summarizeStaffing(dssStaffingTable, { by: "unit" }));
    expect(summary.undetermined.map((row) => [row.key, row.authorized])).toEqual([
      ["DRO", 50],
      ["DSSS", 10],
      ["SSS-NY", 336],
    ]);
    // 417 − (8 + 14 + 3 + 6 + 28 + 16) = 342 filled among DRO's 7 XB, DSSS's 10 and New York's 336 posts
    const counts = dssStaffingTable.fillCounts ?? [];
    const headquarters = counts.find((count) => count.unit === "DSS-HQ")?.filled ?? 0;
    const counted = counts
      .filter((count) => headquartersUnits.includes(count.unit))
      .reduce((sum, count) => sum + count.filled, 0);
    expect([headquarters, counted, headquarters - counted]).toEqual([417, 75, 342]);
    expect(postsOf("DRO", "extrabudgetary") + postsOf("DSSS") + postsOf("SSS-NY")).toBe(353);
  });

  test("¶19 and ¶41 disagree on Field Security Operations: 174 + 230 = 404, not 467", () => {
    const international = unitFillFigures.find(
      (figure) => figure.unit === "Field Security Operations, international posts",
    );
    const local = unitFillFigures.find((figure) => figure.unit === "Field Security Operations, local posts");
    expect((international?.posts ?? 0) + (local?.posts ?? 0)).toBe(619);
    expect((international?.filled ?? 0) + (local?.filled ?? 0)).toBe(404);
    expect(recruitmentTable.rows[2]?.incumbents).toBe(467);
    // With ¶19's figures the table stays consistent but the total is 1 473, not the 1 536 of ¶41.
    const with19: StaffingTable = {
      ...dssStaffingTable,
      fillCounts: [
        ...(dssStaffingTable.fillCounts ?? []).filter((count) => count.unit !== "FSO"),
        { unit: "FSO" as UnitId, filled: 404 },
      ],
    };
    const total = Result.getOrThrow(summarizeStaffing(with19)).rows.find((row) => row.key === "DSS");
    expect(total?.filled).toBe(1473);
  });

  test("by grade, the chart's posts are known, their fill mostly not: only rows the counts settle get numbers", () => {
    const summary = Result.getOrThrow(summarizeStaffing(dssStaffingTable, { by: "grade" }));
    const all = [...summary.rows, ...summary.undetermined];
    const authorized = (key: string) => all.find((row) => row.key === key)?.authorized;
    expect([
      authorized("USG"),
      authorized("SS"),
      authorized("LL"),
      authorized("unspecified"),
      authorized("total"),
    ]).toEqual([1, 312, 369, 720, 1830]);
    // the USG's post is in the Office of the USG, which is full (¶6)
    expect(summary.rows.map((row) => [row.key, row.authorized, row.filled])).toEqual([
      ["USG", 1, 1],
      ["total", 1830, 1536],
    ]);
  });

  test("every figure carries its citation", () => {
    for (const unit of dssStaffingTable.units) expect(unit.citation?.document).toBe("A/61/531");
    for (const group of groups) expect(group.citation?.location).toMatch(/Annex II/);
    for (const count of dssStaffingTable.fillCounts ?? []) expect(count.citation?.location).toMatch(/^¶\d+$/);
  });
});
