import * as z from "zod";
import { distinctIds } from "../internal/distinctIds";
import {
  MAX_HOURS,
  MAX_NEEDS,
  MAX_NEED_COURSES,
  MAX_NEED_GRADES,
  MAX_NEED_LANGUAGES,
  MAX_NEED_SKILLS,
  MAX_OFFICERS_PER_NEED,
  MAX_TRAVEL,
} from "../internal/limits";
import { boundedRefinement, InstantSchema } from "@unsms/core/schema";

const Label = z.string().min(1).max(128);

/**
 * Schema of a `DeploymentNeed` as JSON: `skills`, `languages` and `courses` default
 * to none.
 *
 * @example
 * ```ts
 * import { DeploymentNeedSchema } from "@unsms/surge/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(decode(DeploymentNeedSchema, { id: "any", count: 3 })).skills) // []
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const DeploymentNeedSchema = z.strictObject({
  id: Label,
  count: z.number().int().min(0).max(MAX_OFFICERS_PER_NEED),
  skills: z.array(Label).max(MAX_NEED_SKILLS).default([]),
  languages: z.array(Label).max(MAX_NEED_LANGUAGES).default([]),
  courses: z.array(Label).max(MAX_NEED_COURSES).default([]),
  grades: z.array(z.string().min(1).max(32)).max(MAX_NEED_GRADES).optional(),
});

/**
 * Schema of a `DeploymentRequest` as JSON: `notifiedAt` and `until` read with core's
 * `parseInstant`; `withinHours` defaults to 48, the outer bound of ¶50's window; at most
 * 100 needs with distinct ids.
 *
 * @example
 * ```ts
 * import { DeploymentRequestSchema } from "@unsms/surge/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const request = Result.getOrThrow(decode(DeploymentRequestSchema, {
 *   destination: "Beirut", notifiedAt: "2006-07-14T09:00:00+03:00", needs: [{ id: "any", count: 1 }], travel: [],
 * }))
 * console.log(request.withinHours, request.notifiedAt.toISOString()) // 48 "2006-07-14T06:00:00.000Z"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const DeploymentRequestSchema = z
  .strictObject({
    destination: Label,
    notifiedAt: InstantSchema,
    withinHours: z.number().positive().max(MAX_HOURS).default(48),
    until: InstantSchema.optional(),
    needs: z.array(DeploymentNeedSchema).max(MAX_NEEDS),
    travel: z
      .array(z.strictObject({ from: Label, hours: z.number().min(0).max(MAX_HOURS) }))
      .max(MAX_TRAVEL)
      .default([]),
  })
  .superRefine(boundedRefinement(distinctIds("needs", "need")));
