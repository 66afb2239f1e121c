import type { Citation } from "@unsms/core";

/**
 * One function (row) of a table of posts by function and duty station. `values` are the
 * row's non-empty cells in the source's left-to-right order; `columns` says which column
 * each is in, or is `null` when the source lost it (the extracted text of ¶38's table gives
 * "7 6 3 1" for personal protection: four values, eight columns) — never a guessed placement.
 *
 * @example
 * ```ts
 * import type { FunctionRow } from "@unsms/staffing"
 *
 * const row: FunctionRow = { function: "personal protection", values: [7, 6, 3, 1], columns: null, total: 17 }
 * console.log(row.values.length)
 * ```
 *
 * @category function table
 * @since 0.1.0
 */
export interface FunctionRow {
  /** The function or task. */
  readonly function: string;
  /** The non-empty cells, in source order. */
  readonly values: ReadonlyArray<number>;
  /** The column of each value, or `null` when unknown. */
  readonly columns: ReadonlyArray<string> | null;
  /** The row's total as printed. */
  readonly total: number;
  /** Where the row comes from. */
  readonly citation?: Citation | undefined;
}

/**
 * A table of posts by function (rows) and duty station (columns) with its printed totals,
 * such as ¶38's table of the 391 new posts.
 *
 * @example
 * ```ts
 * import type { FunctionTable } from "@unsms/staffing"
 *
 * const table: FunctionTable = {
 *   columns: ["A", "B"], columnTotals: [3, 1], total: 4,
 *   rows: [{ function: "patrols", values: [2, 1], columns: ["A", "B"], total: 3 }, { function: "canine", values: [1], columns: null, total: 1 }],
 * }
 * console.log(table.total)
 * ```
 *
 * @category function table
 * @since 0.1.0
 */
export interface FunctionTable {
  /** The columns (duty stations), in the source's order. */
  readonly columns: ReadonlyArray<string>;
  /** Each column's printed total. */
  readonly columnTotals: ReadonlyArray<number>;
  /** The printed grand total. */
  readonly total: number;
  /** The rows, in the source's order. */
  readonly rows: ReadonlyArray<FunctionRow>;
  /** Where the table comes from. */
  readonly citation?: Citation | undefined;
}
