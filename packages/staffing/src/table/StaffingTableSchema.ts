import * as z from "zod";
import { FillCountSchema } from "./FillCountSchema";
import { PostGroupSchema } from "../post/PostGroupSchema";
import { PostSchema } from "../post/PostSchema";
import { UnitSchema } from "../unit/UnitSchema";

/**
 * Schema of a staffing table: the unit tree, the posts one by one, groups of like posts,
 * and incumbency counts per unit. Real tables list posts with their incumbents; the
 * report's chart lists groups ("7 P-5") and gives incumbency as counts per unit — both
 * can be mixed in one table. This is the input of `unsms staffing summary`.
 *
 * @example
 * ```ts
 * import { StaffingTableSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const table = decode(StaffingTableSchema, {
 *   units: [{ id: "PPCU", name: "Policy, Planning and Coordination Unit", parent: null }],
 *   groups: [{ unit: "PPCU", grade: "P-5", count: 1 }, { unit: "PPCU", grade: "P-4", count: 2 },
 *            { unit: "PPCU", grade: "P-2", count: 1 }, { unit: "PPCU", grade: "GS(OL)", count: 2 }],
 *   fillCounts: [{ unit: "PPCU", filled: 3 }],
 * })
 * console.log(Result.isSuccess(table)) // true
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export const StaffingTableSchema = z.strictObject({
  description: z.string().optional(),
  units: z.array(UnitSchema),
  posts: z.array(PostSchema).optional(),
  groups: z.array(PostGroupSchema).optional(),
  fillCounts: z.array(FillCountSchema).optional(),
});
