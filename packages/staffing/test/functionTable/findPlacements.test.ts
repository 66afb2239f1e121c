import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findPlacements, type FunctionTable } from "@unsms/staffing";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

/** A full matrix turned into a table whose rows lost their columns. */
const sparseTableArb: fc.Arbitrary<{ matrix: Array<Array<number>>; table: FunctionTable }> = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(fc.nat({ max: 6 }), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
  )
  .map((matrix) => {
    const width = matrix[0]?.length ?? 0;
    const columns = Array.from({ length: width }, (_, i) => `C${i}`);
    return {
      matrix,
      table: {
        columns,
        columnTotals: columns.map((_, c) => matrix.reduce((sum, row) => sum + (row[c] ?? 0), 0)),
        total: matrix.flat().reduce((sum, value) => sum + value, 0),
        rows: matrix.map((row, r) => ({
          function: `F${r}`,
          values: row.filter((value) => value > 0),
          columns: null,
          total: row.reduce((sum, value) => sum + value, 0),
        })),
      },
    };
  });

describe("findPlacements", () => {
  it("places sparse rows in order, keeps known rows, and says when there is none", () => {
    const table: FunctionTable = {
      columns: ["A", "B", "C"],
      columnTotals: [1, 5, 3],
      total: 9,
      rows: [
        { function: "known", values: [1, 2, 3], columns: ["A", "B", "C"], total: 6 },
        { function: "sparse", values: [3], columns: null, total: 3 },
      ],
    };
    expect(findPlacements(table, 5)).toEqual({
      placements: [
        [
          [1, 2, 3],
          [0, 3, 0],
        ],
      ],
      complete: true,
      steps: 4,
    });
    expect(findPlacements({ ...table, columnTotals: [1, 2, 6] }, 5).placements).toEqual([
      [
        [1, 2, 3],
        [0, 0, 3],
      ],
    ]);
    expect(findPlacements({ ...table, columnTotals: [4, 2, 3] }, 5).placements).toEqual([
      [
        [1, 2, 3],
        [3, 0, 0],
      ],
    ]);
    expect(findPlacements({ ...table, columnTotals: [2, 4, 3] }, 5)).toMatchObject({ placements: [], complete: true });
    const badRow = { ...table, rows: [{ function: "x", values: [1, 1], columns: null, total: 3 }] };
    expect(findPlacements(badRow).placements).toEqual([]);
    expect(findPlacements(table, 0).placements).toEqual([]);
  });

  it("stops at the step budget and says the search is not complete", () => {
    const wide: FunctionTable = {
      columns: ["A", "B", "C", "D"],
      columnTotals: [9, 9, 9, 9],
      total: 36,
      rows: [{ function: "x", values: [1], columns: null, total: 1 }],
    };
    expect(findPlacements(wide, 1, 0)).toMatchObject({ placements: [], complete: false });
  });

  test.prop([sparseTableArb])(
    "a table made from a real matrix always has a placement, and every placement fits",
    ({ table }) => {
      const search = findPlacements(table, 3);
      expect(search.placements.length).toBeGreaterThan(0);
      for (const placement of search.placements) {
        table.columnTotals.forEach((total, c) =>
          expect(placement.reduce((sum, row) => sum + (row[c] ?? 0), 0)).toBe(total),
        );
        placement.forEach((cells, r) => expect(cells.filter((value) => value > 0)).toEqual(table.rows[r]?.values));
      }
    },
  );
});
