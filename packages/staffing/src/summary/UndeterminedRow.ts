/**
 * A row of a summary whose incumbency the data does not settle: its posts are known, but
 * the filled ones are known only as a count for a set of posts that the row cuts across
 * (the report gives ¶17's 28 filled posts for the whole division, not by grade).
 *
 * @example
 * ```ts
 * import type { UndeterminedRow } from "@unsms/staffing"
 *
 * const row: UndeterminedRow = {
 *   key: "P-4", label: "P-4", depth: 0, authorized: 183,
 *   reason: "the incumbency of some of these posts is known only as a count for posts outside this row too",
 * }
 * console.log(row.authorized)
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export interface UndeterminedRow {
  /** As in {@link SummaryRow}. */
  readonly key: string;
  /** As in {@link SummaryRow}. */
  readonly label: string;
  /** As in {@link SummaryRow}. */
  readonly depth: number;
  /** Authorized posts. */
  readonly authorized: number;
  /** Why the filled posts cannot be counted. */
  readonly reason: string;
}
