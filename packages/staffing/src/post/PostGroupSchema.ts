import * as z from "zod";
import { UnitIdSchema, DutyStationIdSchema, CitationSchema } from "@unsms/core/schema";
import { FundingSourceSchema } from "./FundingSourceSchema";
import { GradeSchema } from "../grade/GradeSchema";
import { PostStatusSchema } from "./PostStatusSchema";

/**
 * Schema of a group of like posts — `count` posts of one unit with the same grade, funding,
 * status and duty station — as an organization chart lists them ("7 P-5"). Any of grade,
 * funding, status and duty station may be left out when the source does not give it; such
 * posts go to the "unspecified" row of a summary by that dimension. `filled` is the number
 * of them filled when known for the group itself; leave it out when incumbency is known only
 * as a count for the unit ({@link @unsms/staffing!index.FillCount | FillCount}).
 *
 * @example
 * ```ts
 * import { PostGroupSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * // Annex II: the Compliance, Evaluation and Monitoring Unit's 3 P-3 posts, 1 filled (¶15)
 * const group = decode(PostGroupSchema, { unit: "CEMU", grade: "P-3", count: 3, filled: 1 })
 * console.log(Result.isSuccess(group)) // true
 *
 * // more filled than there are posts
 * const tooMany = decode(PostGroupSchema, { unit: "CEMU", grade: "P-3", count: 3, filled: 4 })
 * if (Result.isFailure(tooMany)) console.log(tooMany.failure.issues[0]?.message) // "$.filled: expected a number <= count (3), received 4"
 * ```
 *
 * @category posts
 * @since 0.1.0
 */
export const PostGroupSchema = z
  .strictObject({
    unit: UnitIdSchema,
    count: z.number().int().min(0).max(1_000_000),
    grade: GradeSchema.optional(),
    funding: FundingSourceSchema.optional(),
    status: PostStatusSchema.optional(),
    dutyStation: DutyStationIdSchema.optional(),
    filled: z.number().int().min(0).max(1_000_000).optional(),
    citation: CitationSchema.optional(),
  })
  .superRefine((group, context) => {
    if (group.filled !== undefined && group.filled > group.count)
      context.addIssue({
        code: "custom",
        path: ["filled"],
        input: group.filled,
        message: `a number <= count (${group.count})`,
      });
  });
