import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A staffing table cannot be summarized: a unit's parent is missing or the units form a
 * cycle, a post names an unknown unit, two posts share an id, or the incumbency counts
 * contradict each other or the posts (more filled than there are posts, counts that partly
 * overlap). Lists the problems (the first 100; `omitted` counts the rest) with its path from the table's root.
 *
 * @example
 * ```ts
 * import { summarizeStaffing } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = summarizeStaffing({
 *   units: [{ id: "EO" as UnitId, name: "Executive Office", parent: null }],
 *   groups: [{ unit: "EO" as UnitId, count: 17 }],
 *   fillCounts: [{ unit: "EO" as UnitId, filled: 18 }],
 * })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path) // "$.fillCounts[0].filled"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidStaffingTable extends /* @__PURE__ */ Data.TaggedError("InvalidStaffingTable")<IssuesFields> {}
