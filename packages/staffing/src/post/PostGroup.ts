import { type Citation, type DutyStationId, type UnitId } from "@unsms/core";
import type { Grade } from "../grade/Grade";
import type { FundingSource } from "./FundingSource";
import type { PostStatus } from "./PostStatus";

/**
 * A group of like posts (checked at the boundary by `PostGroupSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { PostGroup } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 *
 * const guards: PostGroup = { unit: "SSS-NY" as UnitId, grade: "SS", funding: "regular-budget", count: 300 }
 * console.log(guards.count)
 * ```
 *
 * @category posts
 * @since 0.1.0
 */
export interface PostGroup {
  /** The unit the posts belong to. */
  readonly unit: UnitId;
  /** How many posts. */
  readonly count: number;
  /** Their grade, when the source gives it. */
  readonly grade?: Grade | undefined;
  /** Their funding, when the source gives it. */
  readonly funding?: FundingSource | undefined;
  /** Their status, when the source gives it. */
  readonly status?: PostStatus | undefined;
  /** Their duty station, when the source gives it. */
  readonly dutyStation?: DutyStationId | undefined;
  /** How many of them are filled, when known for the group itself. */
  readonly filled?: number | undefined;
  /** Where the figure comes from. */
  readonly citation?: Citation | undefined;
}
