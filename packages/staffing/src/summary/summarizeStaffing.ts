import { describeValue, formatRate, type Issue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidStaffingTable } from "../errors/InvalidStaffingTable";
import { issueFailure } from "../internal/issueFailure";
import { keyRows } from "../internal/keyRows";
import { listsProblem, unreadableIssue } from "../internal/unreadable";
import { resolveTable } from "../internal/resolveTable";
import { unitRows } from "../internal/unitRows";
import type { StaffingTable } from "../table/StaffingTable";
import type { StaffingSummary } from "./StaffingSummary";
import { summaryDimensions, type SummaryDimension } from "./SummaryDimension";
import type { SummaryRow } from "./SummaryRow";
import type { UndeterminedRow } from "./UndeterminedRow";

const undeterminedReason =
  "the filled posts among these are known only as a count for a set of posts this row cuts across, or not at all";

/** The most decimals a rate is printed with. */
const maxDecimals = 20;

const badOption = (path: string, expected: string, received: string): InvalidStaffingTable => {
  const issue: Issue = { path, expected, received, message: `${path}: expected ${expected}, received ${received}` };
  return new InvalidStaffingTable({
    message: `1 problem in the options; first: ${issue.message}`,
    issues: [issue],
    omitted: 0,
  });
};

/**
 * Rolls a staffing table up by unit (each unit with the units under it, in tree order),
 * grade, category, funding, duty station or status: authorized, filled and vacant posts
 * with the fill and vacancy rates rounded half-up to `decimals` (default 0, as the report's
 * recruitment table; ¶19 and ¶21 print 1). Incumbency may be known per post, per group or
 * only as counts per unit: a row whose filled posts the counts do not settle goes to
 * `undetermined` instead of being guessed. The result does not depend on the order of the
 * posts. An inconsistent table is an {@link InvalidStaffingTable} (the first 100 issues
 * listed, the message counting them all), and so is a `by` that is not one of
 * {@link summaryDimensions} or `decimals` above 20: whatever a JavaScript caller passes,
 * the answer is a result, never an exception (a table whose units, posts, groups or counts are
 * not arrays of at most 1 000 000 objects is an {@link InvalidStaffingTable} too).
 *
 * The work is O(n log n) in the size of the table, and unit trees of any depth are walked
 * without recursion (a chain of 100 000 units is summarized in well under a second).
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
export const summarizeStaffing = (
  table: StaffingTable,
  options: { readonly by?: SummaryDimension | undefined; readonly decimals?: number | undefined } = {},
): Result.Result<StaffingSummary, InvalidStaffingTable> =>
  readOrElse(
    () => Result.gen(() => staffingSummary(table, typeof options === "object" && options !== null ? options : {})),
    () =>
      Result.fail(
        new InvalidStaffingTable(issueFailure("the staffing table", [unreadableIssue("$", "a staffing table")])),
      ),
  );

/** The options checked, the table resolved and rolled up: the steps of {@link summarizeStaffing}. */
function* staffingSummary(
  table: StaffingTable,
  options: { readonly by?: SummaryDimension | undefined; readonly decimals?: number | undefined },
) {
  const by = summaryDimensions.find((dimension) => dimension === (options.by ?? "unit"));
  if (by === undefined)
    return yield* Result.fail(
      badOption("options.by", `one of ${summaryDimensions.join(", ")}`, describeValue(options.by)),
    );
  const decimals = Math.max(0, Math.trunc(typeof options.decimals === "number" ? options.decimals : 0));
  if (!(decimals <= maxDecimals))
    return yield* Result.fail(
      badOption("options.decimals", `a whole number from 0 to ${maxDecimals}`, describeValue(options.decimals)),
    );
  const unreadable =
    typeof table === "object" && table !== null
      ? listsProblem(
          (["units", "posts", "groups", "fillCounts"] as const)
            .filter((key) => key === "units" || table[key] !== undefined)
            .map((key) => [`$.${key}`, table[key]] as const),
        )
      : unreadableIssue("$", "a staffing table");
  if (unreadable !== undefined)
    return yield* Result.fail(new InvalidStaffingTable(issueFailure("the staffing table", [unreadable])));
  const resolved = yield* resolveTable(table);
  const tallies = by === "unit" ? unitRows(resolved) : keyRows(resolved, by);
  let authorized = 0;
  let filled: number | undefined = 0;
  for (const line of resolved.lines) {
    authorized += line.count;
    if (line.filled !== undefined && filled !== undefined) filled += line.filled;
  }
  for (const atom of resolved.atoms) {
    if (atom.filled !== undefined) filled = filled === undefined ? undefined : filled + atom.filled;
    else if (atom.lines.some((i) => (resolved.lines[i]?.count ?? 0) > 0)) filled = undefined;
  }
  tallies.push({ key: "total", label: "total", depth: 0, authorized, filled });
  const rows: Array<SummaryRow> = [];
  const undetermined: Array<UndeterminedRow> = [];
  for (const { key, label, depth, authorized, filled } of tallies) {
    if (authorized === 0) continue;
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
}
