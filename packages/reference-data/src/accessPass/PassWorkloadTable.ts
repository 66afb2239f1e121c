import type { PassWorkload } from "@unsms/access-pass";
import type { Cited } from "@unsms/core";

/**
 * A cited table of pass office workloads: its rows, each keyed by the duty station's id
 * (the city, as in Table 1 and ¶38's table, so the tables join on it), and each station's
 * name as the table prints it. The rows are plain {@link @unsms/access-pass!index.PassWorkload | PassWorkload}
 * values, so they are the input of `totalPassWorkload`, `passWorkloadRatios` and
 * `unsms pass workload` as they are.
 *
 * @example
 * ```ts
 * import { passWorkload2006, type PassWorkloadTable } from "@unsms/reference-data"
 *
 * const labelled = (table: PassWorkloadTable) => table.value.map((row) => `${table.names[row.dutyStation]} (${row.dutyStation})`)
 * console.log(labelled(passWorkload2006)[4]) // "ECA (Addis Ababa)"
 * ```
 *
 * @category access passes
 * @since 0.2.0
 */
export interface PassWorkloadTable extends Cited<ReadonlyArray<PassWorkload>> {
  /** Each duty station's name as the table prints it, by id: `"ECA"` for `"Addis Ababa"`. */
  readonly names: Readonly<Record<string, string>>;
}
