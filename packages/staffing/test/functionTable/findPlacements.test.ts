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

  it("searches 20 000 rows without running out of stack (it gave up at about 4 600, as if out of steps)", () => {
    const n = 20_000;
    const table: FunctionTable = {
      columns: ["A", "B"],
      columnTotals: [n, n],
      total: 2 * n,
      rows: Array.from({ length: n }, (_, i) => ({ function: `f${i}`, values: [1, 1], columns: null, total: 2 })),
    };
    const search = findPlacements(table, 1);
    expect([search.complete, search.steps, search.placements.length]).toEqual([true, n, 1]);
    expect(search.placements[0]?.every((cells) => cells[0] === 1 && cells[1] === 1)).toBe(true);
  });

  const emptyRows = (rows: number, width: number): FunctionTable => ({
    columns: Array.from({ length: width }, (_, i) => `c${i}`),
    columnTotals: new Array<number>(width).fill(0),
    total: 0,
    rows: Array.from({ length: rows }, (_, i) => ({ function: `f${i}`, values: [], columns: null, total: 0 })),
  });

  it("a table of more than 1 000 000 cells is refused at once; one of 1 000 000 is searched", () => {
    // 100 000 columns × 1 000 rows took 3 GB and 23 s (an abort under a 1 GB heap)
    expect(findPlacements(emptyRows(1_000, 100_000))).toEqual({ placements: [], complete: false, steps: 0 });
    expect(findPlacements(emptyRows(100_000, 1_000))).toEqual({ placements: [], complete: false, steps: 0 });
    const search = findPlacements(emptyRows(1_000, 1_000));
    expect([search.complete, search.steps, search.placements.length]).toEqual([true, 1_000, 1]);
  });

  it("stops, not complete, once the placements hold 10 000 000 cells", () => {
    // a 0 that fits in any of 1 000 columns: 1 000 placements of 1 000 × 1 000 cells each
    const table = emptyRows(1_000, 1_000);
    const zero = {
      ...table,
      rows: [{ function: "zero", values: [0], columns: null, total: 0 }, ...table.rows.slice(1)],
    };
    const search = findPlacements(zero, 20);
    expect([search.placements.length, search.complete]).toEqual([10, false]);
    expect(findPlacements(zero, 10)).toMatchObject({ complete: true });
  });

  it("cells that are not whole numbers make a value that is not a table", () => {
    const table: FunctionTable = {
      columns: ["A"],
      columnTotals: [1.5],
      total: 1.5,
      rows: [{ function: "x", values: [1.5], columns: null, total: 1.5 }],
    };
    expect(findPlacements(table)).toEqual({ placements: [], complete: false, steps: 0 });
  });
});
