// The implementation of summarizeStaffing before issue 16 (quadratic, recursive), kept as
// the reference the new one must agree with on small tables.
import { formatRate } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidStaffingTable } from "@unsms/staffing";
import { fillOfRow } from "./fillOfRow";
import { resolveTable } from "./resolveTable";
import { keyOf, orderKeys } from "./rowKeys";
import type { StaffingTable } from "@unsms/staffing";
import type { StaffingSummary } from "@unsms/staffing";
import type { SummaryDimension } from "@unsms/staffing";
import type { SummaryRow } from "@unsms/staffing";
import type { UndeterminedRow } from "@unsms/staffing";

const undeterminedReason =
  "the filled posts among these are known only as a count for a set of posts this row cuts across, or not at all";

/**
 * Rolls a staffing table up by unit (each unit with the units under it, in tree order),
 * grade, category, funding, duty station or status: authorized, filled and vacant posts
 * with the fill and vacancy rates rounded half-up to `decimals` (default 0, as the report's
 * recruitment table; ¶19 and ¶21 print 1). Incumbency may be known per post, per group or
 * only as counts per unit: a row whose filled posts the counts do not settle goes to
 * `undetermined` instead of being guessed. The result does not depend on the order of the
 * posts. An inconsistent table is an {@link InvalidStaffingTable}.
 *
 * @example
 * ```ts
 * import { summarizeStaffing } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶19: 250 international posts, 174 filled
 * const summary = Result.getOrThrow(summarizeStaffing({
 *   units: [{ id: "FSO" as UnitId, name: "Field Security Operations", parent: null }],
 *   groups: [{ unit: "FSO" as UnitId, grade: "P-4", count: 137 }, { unit: "FSO" as UnitId, grade: "P-3", count: 113 }],
 *   fillCounts: [{ unit: "FSO" as UnitId, filled: 174 }],
 * }, { by: "unit", decimals: 1 }))
 * console.log(summary.rows[0]) // { key: "FSO", …, authorized: 250, filled: 174, vacant: 76, fillRate: "69.6", vacancyRate: "30.4" }
 * ```
 *
 * @category summaries
 * @since 0.1.0
 */
export const referenceSummarizeStaffing = (
  table: StaffingTable,
  options: { readonly by?: SummaryDimension | undefined; readonly decimals?: number | undefined } = {},
): Result.Result<StaffingSummary, InvalidStaffingTable> =>
  Result.map(resolveTable(table), (resolved) => {
    const by = options.by ?? "unit";
    const decimals = Math.max(0, Math.trunc(options.decimals ?? 0));
    const groups: Array<{ key: string; label: string; depth: number; inRow: Array<boolean> }> = [];
    if (by === "unit") {
      for (const { unit, depth } of resolved.units) {
        const below = resolved.subtree.get(unit.id);
        groups.push({
          key: unit.id,
          label: unit.name,
          depth,
          inRow: resolved.lines.map((line) => below?.has(line.unit) === true),
        });
      }
    } else {
      const keys = resolved.lines.map((line) => keyOf(line, by));
      for (const key of orderKeys(new Set(keys), by))
        groups.push({ key, label: key, depth: 0, inRow: keys.map((k) => k === key) });
    }
    groups.push({ key: "total", label: "total", depth: 0, inRow: resolved.lines.map(() => true) });
    const rows: Array<SummaryRow> = [];
    const undetermined: Array<UndeterminedRow> = [];
    for (const { key, label, depth, inRow } of groups) {
      const authorized = resolved.lines.reduce(
        (sum, line, index) => (inRow[index] === true ? sum + line.count : sum),
        0,
      );
      if (authorized === 0) continue;
      const filled = fillOfRow(resolved, inRow);
      if (filled === undefined) {
        undetermined.push({ key, label, depth, authorized, reason: undeterminedReason });
        continue;
      }
      const vacant = authorized - filled;
      const whole = BigInt(authorized);
      rows.push({
        key,
        label,
        depth,
        authorized,
        filled,
        vacant,
        fillRate: formatRate({ numerator: BigInt(filled), denominator: whole }, decimals),
        vacancyRate: formatRate({ numerator: BigInt(vacant), denominator: whole }, decimals),
      });
    }
    return { by, decimals, rows, undetermined };
  });
