import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import type { StaffingTable } from "../table/StaffingTable";
import { StaffingTableSchema } from "../table/StaffingTableSchema";

/**
 * The boundary of a staffing table (the input of `unsms staffing summary`): decodes
 * unknown input with {@link StaffingTableSchema} into a {@link StaffingTable} — ids
 * branded, grades and funding known — for `summarizeStaffing`, which checks how its parts
 * agree (the unit tree, the counts); or a `DecodeError` listing every problem of shape.
 *
 * @example
 * ```ts
 * import { readStaffingTable } from "@unsms/staffing/schema"
 * import { summarizeStaffing } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const input: unknown = JSON.parse(`{
 *   "units": [{ "id": "EO", "name": "Executive Office", "parent": null }],
 *   "groups": [{ "unit": "EO", "count": 17 }],
 *   "fillCounts": [{ "unit": "EO", "filled": 14 }]
 * }`)
 * const summary = Result.getOrThrow(Result.flatMap(readStaffingTable(input), (table) => summarizeStaffing(table)))
 * console.log(summary.rows[0]?.fillRate) // "82"
 * ```
 *
 * @category boundary
 * @since 0.2.0
 */
export const readStaffingTable = (input: unknown): Result.Result<StaffingTable, DecodeError> =>
  decode(StaffingTableSchema, input);
