import * as z from "zod";
import { distinctIds } from "../internal/distinctIds";
import { InstantSchema } from "@unsms/core/schema";

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
  count: z.number().int().min(0).max(10_000),
  skills: z.array(Label).max(100).default([]),
  languages: z.array(Label).max(50).default([]),
  courses: z.array(Label).max(100).default([]),
  grades: z.array(z.string().min(1).max(32)).max(50).optional(),
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
    withinHours: z.number().positive().max(8760).default(48),
    until: InstantSchema.optional(),
    needs: z.array(DeploymentNeedSchema).max(100),
    travel: z
      .array(z.strictObject({ from: Label, hours: z.number().min(0).max(8760) }))
      .max(100_000)
      .default([]),
  })
  .superRefine(distinctIds("needs", "need"));
