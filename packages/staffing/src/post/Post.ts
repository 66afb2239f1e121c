import { type DutyStationId, type PostId, type UnitId } from "@unsms/core";
import type { Grade } from "../grade/Grade";
import type { FundingSource } from "./FundingSource";
import type { Incumbent } from "./Incumbent";
import type { PostStatus } from "./PostStatus";

/**
 * One authorized post (checked at the boundary by `PostSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { Post } from "@unsms/staffing"
 * import type { DutyStationId, PostId, UnitId } from "@unsms/core"
 *
 * const post: Post = {
 *   id: "USG-D2" as PostId, grade: "D-2", unit: "OUSG" as UnitId, dutyStation: "New York" as DutyStationId,
 *   funding: "regular-budget", status: "established", incumbent: {},
 * }
 * console.log(post.grade)
 * ```
 *
 * @category posts
 * @since 0.1.0
 */
export interface Post {
  /** The post's id, unique in its table. */
  readonly id: PostId;
  /** Its grade. */
  readonly grade: Grade;
  /** The organizational unit it belongs to. */
  readonly unit: UnitId;
  /** Where it is. */
  readonly dutyStation: DutyStationId;
  /** How it is funded. */
  readonly funding: FundingSource;
  /** Established or temporary. */
  readonly status: PostStatus;
  /** Who holds it; `null` when vacant; absent when only a unit count is known. */
  readonly incumbent?: Incumbent | null | undefined;
}
