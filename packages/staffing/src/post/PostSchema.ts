import * as z from "zod";
import { UnitIdSchema, PostIdSchema, DutyStationIdSchema } from "@unsms/core/schema";
import { FundingSourceSchema } from "./FundingSourceSchema";
import { GradeSchema } from "../grade/GradeSchema";
import { IncumbentSchema } from "./IncumbentSchema";
import { PostStatusSchema } from "./PostStatusSchema";

/**
 * Schema of one authorized post. `incumbent` is the person holding it, `null` when the post
 * is vacant; leave it out when the table knows the unit's incumbency only as a count
 * (a {@link @unsms/staffing!index.FillCount | FillCount}), as the report does.
 *
 * @example
 * ```ts
 * import { PostSchema } from "@unsms/staffing/schema"
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
