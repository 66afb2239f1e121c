import { isListUpTo, readOrElse } from "@unsms/core";
import { maxTableCells } from "../internal/placementLimits";
import { placementSearch } from "../internal/placementSearch";
import { rowOptions, type RowOptions } from "../internal/rowOptions";
import { maxListLength } from "../internal/unreadable";
import type { FunctionTable } from "./FunctionTable";

/**
 * The result of {@link findPlacements}: placements found (each a full matrix, rows × columns,
 * 0 in empty cells) and whether the search went through every candidate.
 *
 * @example
 * ```ts
 * import type { PlacementSearch } from "@unsms/staffing"
 *
 * const none: PlacementSearch = { placements: [], complete: true, steps: 0 }
 * console.log(none.complete)
 * ```
 *
 * @category function table
 * @since 0.1.0
 */
export interface PlacementSearch {
  /** Placements that fit every total, in search order. */
  readonly placements: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>;
  /** `true` when the search ended before the step budget (and the 10 000 000 cells of placements): if fewer than `limit` were found, there are no others. */
  readonly complete: boolean;
  /** Candidate cells tried. */
  readonly steps: number;
}

/**
 * Searches the placements of a table's sparse rows that keep each row's values in source
 * order (left to right, one per column) and fit every column total; rows whose columns are
 * known stay where they are. Stops after `limit` placements or `maxSteps` tried cells, or
 * (not complete) once the placements found hold 10 000 000 cells in all. A table whose rows
 * do not add up to their totals has no placement. A value that cannot be read as a table
 * (lists not arrays of at most 1 000 000, cells or column totals not whole numbers, a
 * revoked proxy), a table of more than 1 000 000 cells (rows × columns: each placement is
 * that big), or one with a row whose candidates outnumber `maxSteps`, gives no placement and
 * `complete: false`. The search is depth-first with its own stack, so a table of many rows
 * is searched like a small one; its time is the steps taken plus the table's cells. Used to
 * prove that ¶38's table of new posts can be read consistently, and that more than one
 * reading fits.
 *
 * @example
 * ```ts
 * import { findPlacements } from "@unsms/staffing"
 *
 * const search = findPlacements({
 *   columns: ["A", "B"], columnTotals: [3, 1], total: 4,
 *   rows: [{ function: "patrols", values: [2], columns: null, total: 2 }, { function: "canine", values: [1, 1], columns: null, total: 2 }],
 * }, 5)
 * console.log(search.placements) // [[[2, 0], [1, 1]]]
 * ```
 *
 * @category function table
 * @since 0.1.0
 */
export const findPlacements = (table: FunctionTable, limit = 1, maxSteps = 5_000_000): PlacementSearch =>
  readOrElse(
    () => {
      const options = readTable(table, maxSteps);
      if (options === undefined) return gaveUp;
      const rowsAddUp = table.rows.every((row) => row.values.reduce((sum, value) => sum + value, 0) === row.total);
      if (limit < 1 || !rowsAddUp || table.columnTotals.length !== table.columns.length)
        return { placements: [], complete: true, steps: 0 };
      return placementSearch(table, options, limit, maxSteps);
    },
    () => gaveUp,
  );

/** The answer for a table that cannot be read or searched within the budget: nothing found, not complete. */
const gaveUp: PlacementSearch = { placements: [], complete: false, steps: 0 };

const isWholeList = (value: unknown, max: number): value is ReadonlyArray<number> =>
  isListUpTo(value, max) && value.every((item) => Number.isSafeInteger(item));

/**
 * Each row's candidates, or `undefined` for a value that is not a table within the limits,
 * or with a row whose candidates outnumber `maxSteps` (a search that cannot finish).
 */
const readTable = (table: FunctionTable, maxSteps: number): ReadonlyArray<RowOptions> | undefined => {
  const { columns, columnTotals, rows } = table;
  if (
    !isListUpTo(columns, maxListLength) ||
    !isWholeList(columnTotals, maxListLength) ||
    !isListUpTo(rows, maxListLength) ||
    rows.length * columns.length > maxTableCells
  )
    return undefined;
  // each column's index, built once when a row names its columns
  let index: Map<unknown, number> | undefined;
  const indexOf = (name: unknown): number => {
    if (index === undefined) {
      const built = new Map<unknown, number>();
      // indexOf's equality: the first of equal names, NaN never found
      columns.forEach((column, at) => column === column && !built.has(column) && built.set(column, at));
      index = built;
    }
    return index.get(name) ?? -1;
  };
  const options: Array<RowOptions> = [];
  for (const row of rows) {
    const known: unknown = row.columns;
    if (!isWholeList(row.values, columns.length) || (known !== null && !isListUpTo(known, maxListLength)))
      return undefined;
    // a list of columns of another length than the values is no candidate: [-1]
    const at = known === null ? undefined : known.length === row.values.length ? known.map(indexOf) : [-1];
    const option = rowOptions(row.values, at, columns.length);
    // the candidates are tried one by one: more of them than steps is a search that cannot finish
    if (known === null && option.count > maxSteps) return undefined;
    options.push(option);
  }
  return options;
};
