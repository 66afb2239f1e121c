import { type DutyStationId, type PostId, type UnitId } from "@unsms/core";
import { DutyStationIdSchema, PostIdSchema, UnitIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { GradeSchema, type Grade } from "../grade/Grade";
import { FundingSourceSchema, type FundingSource } from "./FundingSource";
import { IncumbentSchema, type Incumbent } from "./Incumbent";
import { PostStatusSchema, type PostStatus } from "./PostStatus";

/**
 * Schema of one authorized post. `incumbent` is the person holding it, `null` when the post
 * is vacant; leave it out when the table knows the unit's incumbency only as a count
 * (a {@link FillCount}), as the report does.
 *
 * @example
 * ```ts
 * import { PostSchema } from "@unsms/staffing"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const post = decode(PostSchema, {
 *   id: "CEMU-P3-2", grade: "P-3", unit: "CEMU", dutyStation: "New York",
 *   funding: "regular-budget", status: "established", incumbent: null,
 * })
 * console.log(Result.isSuccess(post)) // true
 * ```
 *
 * @category posts
 * @since 0.1.0
 */
export const PostSchema = z.strictObject({
  id: PostIdSchema,
  grade: GradeSchema,
  unit: UnitIdSchema,
  dutyStation: DutyStationIdSchema,
  funding: FundingSourceSchema,
  status: PostStatusSchema,
  incumbent: IncumbentSchema.nullable().optional(),
});

/**
 * One authorized post (see {@link PostSchema}).
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
