/**
 * One row of a staffing summary: the posts of a unit (with the units under it), a grade,
 * a category, a funding source, a duty station or a status, with how many are filled and
 * vacant and the rates as the report prints them (half-up to the summary's decimals).
 * `filled + vacant = authorized` always.
 *
 * @example
 * ```ts
 * import type { SummaryRow } from "@unsms/staffing"
 *
 * // ¶41: DSS headquarters, 465 posts, 417 filled, 90 per cent
 * const row: SummaryRow = {
 *   key: "DSS-HQ", label: "DSS headquarters", depth: 1,
 *   authorized: 465, filled: 417, vacant: 48, fillRate: "90", vacancyRate: "10",
 * }
 * console.log(row.fillRate)
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export interface SummaryRow {
  /** The unit id, grade, category, funding source, station id or status; `"unspecified"` for posts the source does not place; `"total"` for the total. */
  readonly key: string;
  /** A readable name (the unit's name; otherwise the key). */
  readonly label: string;
  /** The unit's depth in the tree (0 for a root); 0 in other summaries. */
  readonly depth: number;
  /** Authorized posts. */
  readonly authorized: number;
  /** Filled posts. */
  readonly filled: number;
  /** Vacant posts: `authorized - filled`. */
  readonly vacant: number;
  /** Filled posts in per cent of authorized, rounded half-up to the summary's decimals. */
  readonly fillRate: string;
  /** Vacant posts in per cent of authorized, rounded half-up to the summary's decimals. */
  readonly vacancyRate: string;
}
