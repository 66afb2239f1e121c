import type { Post } from "../post/Post";
import type { PostGroup } from "../post/PostGroup";
import type { Unit } from "../unit/Unit";
import type { FillCount } from "./FillCount";

/**
 * A staffing table (checked at the boundary by `StaffingTableSchema` of `@unsms/staffing/schema`).
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
