import { CompletedCourseSchema } from "@unsms/training/schema";
import * as z from "zod";
import { InstantSchema } from "@unsms/core/schema";
import { MAX_OFFICER_LANGUAGES, MAX_OFFICER_SKILLS, MAX_OFFICER_TRAINING } from "../internal/limits";

const Label = z.string().min(1).max(128);

/**
 * Schema of a `StandbyOfficer` as JSON; dates (`available.from`, `available.to`,
 * `training[].on`) are RFC 3339 date-times with an offset, read with core's `parseInstant`.
 *
 * @example
 * ```ts
 * import { StandbyOfficerSchema } from "@unsms/surge/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const officer = decode(StandbyOfficerSchema, {
 *   id: "fso-1", grade: "P-3", skills: ["close-protection"], languages: ["ar"], homeStation: "Amman",
 *   available: { from: "2006-07-01T00:00:00Z", to: "2006-09-31T00:00:00Z" },
 * })
 * if (Result.isFailure(officer)) console.log(officer.failure.issues[0]?.path) // "$.available.to"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const StandbyOfficerSchema = z.strictObject({
  id: Label,
  name: z.string().max(200).optional(),
  grade: z.string().min(1).max(32),
  skills: z.array(Label).max(MAX_OFFICER_SKILLS),
  languages: z.array(Label).max(MAX_OFFICER_LANGUAGES),
  training: z.array(CompletedCourseSchema).max(MAX_OFFICER_TRAINING).default([]),
  homeStation: Label,
  available: z.strictObject({ from: InstantSchema, to: InstantSchema }),
});
