import { isListUpTo, readOrElse } from "@unsms/core";
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
  /** `true` when the search ended before the step budget: if fewer than `limit` were found, there are no others. */
  readonly complete: boolean;
  /** Candidate cells tried. */
  readonly steps: number;
}

const columnChoices = (values: number, columns: number): Array<Array<number>> => {
  const out: Array<Array<number>> = [];
  const pick = (start: number, chosen: Array<number>): void => {
    if (chosen.length === values) {
      out.push([...chosen]);
      return;
    }
    for (let column = start; column <= columns - (values - chosen.length); column += 1)
      pick(column + 1, [...chosen, column]);
  };
  pick(0, []);
  return out;
};

/**
 * Searches the placements of a table's sparse rows that keep each row's values in source
 * order (left to right, one per column) and fit every column total; rows whose columns are
 * known stay where they are. Stops after `limit` placements or `maxSteps` tried cells. A
 * table whose rows do not add up to their totals has no placement. A value that cannot be
 * read as a table (lists not arrays of at most 1 000 000, a revoked proxy), or whose
 * candidates outnumber `maxSteps`, gives no placement and `complete: false`. Used to prove that ¶38's
 * table of new posts can be read consistently, and that more than one reading fits.
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
    () =>
      isListUpTo(table.columns, maxListLength) &&
      isListUpTo(table.columnTotals, maxListLength) &&
      isListUpTo(table.rows, maxListLength) &&
      table.rows.every((row) => isListUpTo(row.values, table.columns.length)) &&
      // the candidates are listed before the search: more of them than steps is a search that cannot finish
      table.rows.every((row) => row.columns !== null || choices(row.values.length, table.columns.length) <= maxSteps)
        ? search(table, limit, maxSteps)
        : gaveUp,
    () => gaveUp,
  );

/** The answer for a table that cannot be read or searched within the budget: nothing found, not complete. */
const gaveUp: PlacementSearch = { placements: [], complete: false, steps: 0 };

/** C(n, k), the ways to choose k of n columns, counted up to 2^53 (a larger count is returned as Infinity). */
const choices = (k: number, n: number): number => {
  let count = 1;
  for (let i = 1; i <= k && count <= Number.MAX_SAFE_INTEGER; i += 1) count = (count * (n - k + i)) / i;
  return count <= Number.MAX_SAFE_INTEGER ? count : Number.POSITIVE_INFINITY;
};

const search = (table: FunctionTable, limit: number, maxSteps: number): PlacementSearch => {
  const width = table.columns.length;
  const placements: Array<Array<Array<number>>> = [];
  let steps = 0;
  let complete = true;
  const rowsAddUp = table.rows.every((row) => row.values.reduce((sum, value) => sum + value, 0) === row.total);
  if (limit < 1 || !rowsAddUp || table.columnTotals.length !== width) return { placements, complete, steps };
  const options = table.rows.map((row) => {
    if (row.columns === null) return columnChoices(row.values.length, width);
    const known = row.columns.map((column) => table.columns.indexOf(column));
    return known.length === row.values.length && known.every((index) => index >= 0) ? [known] : [];
  });
  // Most constrained rows first; the matrix is kept in source row order.
  const order = table.rows
    .map((_, index) => index)
    .sort((a, b) => (options[a]?.length ?? 0) - (options[b]?.length ?? 0) || a - b);
  // best[r][c]: the largest value row r can put in column c while keeping its order.
  const best = table.rows.map((row, index) => {
    const cells = new Array<number>(width).fill(0);
    for (const choice of options[index] ?? [])
      choice.forEach((column, k) => (cells[column] = Math.max(cells[column] ?? 0, row.values[k] ?? 0)));
    return cells;
  });
  const remaining = [...table.columnTotals];
  const reachable = new Array<number>(width).fill(0);
  for (const cells of best) cells.forEach((value, column) => (reachable[column] = (reachable[column] ?? 0) + value));
  const matrix: Array<Array<number>> = table.rows.map(() => new Array<number>(width).fill(0));
  // States (depth, what is left in each column) known to lead to no placement.
  const deadEnds = new Set<string>();
  const place = (depth: number): boolean => {
    const rowIndex = order[depth];
    const row = rowIndex === undefined ? undefined : table.rows[rowIndex];
    if (rowIndex === undefined || row === undefined) {
      if (!remaining.every((left) => left === 0)) return false;
      placements.push(matrix.map((cells) => [...cells]));
      return true;
    }
    const state = `${depth}:${remaining.join(",")}`;
    if (deadEnds.has(state)) return false;
    let found = false;
    const rowBest = best[rowIndex] ?? [];
    rowBest.forEach((value, column) => (reachable[column] = (reachable[column] ?? 0) - value));
    for (const choice of options[rowIndex] ?? []) {
      steps += 1;
      if (steps > maxSteps) {
        complete = false;
        break;
      }
      if (!choice.every((column, k) => (remaining[column] ?? 0) >= (row.values[k] ?? 0))) continue;
      const cells = new Array<number>(width).fill(0);
      choice.forEach((column, k) => (cells[column] = row.values[k] ?? 0));
      // What is left in each column must be reachable by the rows still to place.
      if (!cells.every((value, column) => (remaining[column] ?? 0) - value <= (reachable[column] ?? 0))) continue;
      cells.forEach((value, column) => (remaining[column] = (remaining[column] ?? 0) - value));
      matrix[rowIndex] = cells;
      if (place(depth + 1)) found = true;
      cells.forEach((value, column) => (remaining[column] = (remaining[column] ?? 0) + value));
      matrix[rowIndex] = new Array<number>(width).fill(0);
      if (placements.length >= limit || !complete) break;
    }
    rowBest.forEach((value, column) => (reachable[column] = (reachable[column] ?? 0) + value));
    if (!found && complete) deadEnds.add(state);
    return found;
  };
  place(0);
  return { placements, complete, steps };
};
