import * as z from "zod";
import { PostSchema, type Post } from "../post/Post";
import { PostGroupSchema, type PostGroup } from "../post/PostGroup";
import { UnitSchema, type Unit } from "../unit/Unit";
import { FillCountSchema, type FillCount } from "./FillCount";

/**
 * Schema of a staffing table: the unit tree, the posts one by one, groups of like posts,
 * and incumbency counts per unit. Real tables list posts with their incumbents; the
 * report's chart lists groups ("7 P-5") and gives incumbency as counts per unit — both
 * can be mixed in one table. This is the input of `unsms staffing summary`.
 *
 * @example
 * ```ts
 * import { StaffingTableSchema } from "@unsms/staffing"
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

/**
 * A staffing table (see {@link StaffingTableSchema}).
 *
 * @example
 * ```ts
 * import type { StaffingTable } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 *
 * const table: StaffingTable = {
 *   units: [{ id: "EO" as UnitId, name: "Executive Office", parent: null }],
 *   groups: [{ unit: "EO" as UnitId, count: 17 }],
 *   fillCounts: [{ unit: "EO" as UnitId, filled: 14 }],
 * }
 * console.log(table.units.length)
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export interface StaffingTable {
  /** What the table is, for readers. */
  readonly description?: string | undefined;
  /** The organizational units; each parent must be one of them. */
  readonly units: ReadonlyArray<Unit>;
  /** Posts one by one. */
  readonly posts?: ReadonlyArray<Post> | undefined;
  /** Groups of like posts. */
  readonly groups?: ReadonlyArray<PostGroup> | undefined;
  /** Incumbency known only as counts per unit. */
  readonly fillCounts?: ReadonlyArray<FillCount> | undefined;
}
