import { describe, expect, test } from "vitest";
import { newPostsByFunction } from "@unsms/reference-data";
import { findPlacements } from "@unsms/staffing";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const { rows, columns, columnTotals, total } = newPostsByFunction;
const add = (values: ReadonlyArray<number>) => values.reduce((sum, value) => sum + value, 0);

describe("the 391 new posts by function (¶38)", () => {
  test("each row's values add up to its total; the totals to 391", () => {
    for (const row of rows) expect(add(row.values)).toBe(row.total);
    expect(rows.map((row) => row.total)).toEqual([4, 17, 45, 15, 35, 128, 8, 19, 21, 10, 12, 77]);
    expect(add(rows.map((row) => row.total))).toBe(total);
    expect(add(columnTotals)).toBe(total);
    expect(total).toBe(391);
  });

  test("only the two full rows have known columns; the sparse rows keep source order, columns unknown", () => {
    const known = rows.filter((row) => row.columns !== null);
    expect(known.map((row) => row.function)).toEqual([
      "Security control centre",
      "Compound patrols and internal posts",
    ]);
    for (const row of known) expect(row.columns).toEqual(columns);
    for (const row of rows.filter((candidate) => candidate.columns === null)) {
      expect(row.values.length).toBeLessThan(columns.length);
      expect(row.citation?.note).toContain("columns unknown");
    }
    expect(rows.find((row) => row.function === "Personal protection")?.values).toEqual([7, 6, 3, 1]);
  });

  test("at least one order-keeping placement fits every row and column total", () => {
    const search = findPlacements(newPostsByFunction, 1);
    expect(search.placements).toHaveLength(1);
    const [placement] = search.placements;
    columnTotals.forEach((expected, column) =>
      expect(add(placement!.map((cells) => cells[column] ?? 0))).toBe(expected),
    );
    placement!.forEach((cells, index) => expect(cells.filter((value) => value > 0)).toEqual(rows[index]?.values));
  });

  test("and more than one does: the totals do not settle the placement", () => {
    const search = findPlacements(newPostsByFunction, 2);
    expect(search.placements).toHaveLength(2);
    expect(search.placements[0]).not.toEqual(search.placements[1]);
  });
});
