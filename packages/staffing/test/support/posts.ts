import type { DutyStationId, PostId, UnitId } from "@unsms/core";
import type { Post, PostStatus } from "@unsms/staffing";

/** Security officer posts for a duty station, numbered from `from`. */
export const officerPosts = (station: string, status: PostStatus, count: number, from = 1): Array<Post> =>
  Array.from({ length: count }, (_, n) => ({
    id: `${station}-${status}-${from + n}` as PostId,
    grade: "SS",
    unit: `SSS-${station}` as UnitId,
    dutyStation: station as DutyStationId,
    funding: "regular-budget",
    status,
    incumbent: null,
  }));
