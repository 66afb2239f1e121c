import type { DutyStationId, UnitId } from "@unsms/core";
import type { Grade } from "@unsms/staffing";
import type { FundingSource } from "@unsms/staffing";
import type { PostStatus } from "@unsms/staffing";

/**
 * A post or a group of posts, normalized: `count` like posts, `filled` of them filled when
 * known for the line itself, `undefined` when only a unit count is known.
 *
 * @internal
 */
export interface Line {
  readonly unit: UnitId;
  readonly grade: Grade | undefined;
  readonly funding: FundingSource | undefined;
  readonly status: PostStatus | undefined;
  readonly dutyStation: DutyStationId | undefined;
  readonly count: number;
  readonly filled: number | undefined;
}
