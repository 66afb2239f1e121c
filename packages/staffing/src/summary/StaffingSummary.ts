import type { SummaryDimension } from "./SummaryDimension";
import type { SummaryRow } from "./SummaryRow";
import type { UndeterminedRow } from "./UndeterminedRow";

/**
 * A staffing table rolled up by one dimension: the rows whose incumbency is known, in the
 * dimension's order, then the total (key `"total"`), and apart the rows the data leaves
 * undetermined. Rows without posts are left out.
 *
 * @example
 * ```ts
 * import { summarizeStaffing, type StaffingSummary } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const summary: StaffingSummary = Result.getOrThrow(
 *   summarizeStaffing({
 *     units: [{ id: "FSS" as UnitId, name: "Field Support Service", parent: null }],
 *     groups: [{ unit: "FSS" as UnitId, count: 30 }],
 *     fillCounts: [{ unit: "FSS" as UnitId, filled: 16 }],
 *   }, { decimals: 1 }),
 * )
 * console.log(summary.rows[0]?.fillRate) // "53.3" (¶21)
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export interface StaffingSummary {
  /** The dimension. */
  readonly by: SummaryDimension;
  /** The decimals the rates are rounded to. */
  readonly decimals: number;
  /** The rows whose incumbency is known, the total last. */
  readonly rows: ReadonlyArray<SummaryRow>;
  /** The rows the data leaves undetermined (the total among them when it is). */
  readonly undetermined: ReadonlyArray<UndeterminedRow>;
}
