import * as z from "zod";
import { DutyStationIdSchema, InstantSchema, OrganizationIdSchema, PersonIdSchema } from "@unsms/core/schema";
import { codePattern } from "../internal/codePattern";
import { presenceCategories } from "./presenceCategories";
import { trackingSystemSource } from "./trackingSystemSource";

/**
 * Schema of a presence record in JSON: who (`person`, of `organization`, as `category`) was
 * at which `dutyStation` from the instant `from` until `to` (excluded; `null` or absent while
 * still there), and the `source` of the record (by default the integrated security tracking
 * system of A/61/531 ¶25). Instants are RFC 3339 with an offset, read by core's
 * `parseInstant`; `to` must come after `from`.
 *
 * @example
 * ```ts
 * import { PresenceRecordSchema } from "@unsms/presence/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const record = Result.getOrThrow(decode(PresenceRecordSchema, {
 *   person: "staff-1", organization: "UNDP", category: "staff", dutyStation: "Bogota", from: "2006-01-01T00:00:00-05:00",
 * }))
 * console.log(record.from.toISOString(), record.to, record.source) // "2006-01-01T05:00:00.000Z" null "integrated-security-tracking-system"
 *
 * // an end that does not come after the start
 * const ended = decode(PresenceRecordSchema, {
 *   person: "staff-1", organization: "UNDP", category: "staff", dutyStation: "Bogota",
 *   from: "2006-01-01T00:00:00-05:00", to: "2006-01-01T05:00:00Z",
 * })
 * if (Result.isFailure(ended)) console.log(ended.failure.issues[0]?.message)
 * // "$.to: expected an instant after from, received \"2006-01-01T05:00:00Z\""
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const PresenceRecordSchema = z
  .strictObject({
    person: PersonIdSchema,
    organization: OrganizationIdSchema,
    category: z.enum(presenceCategories),
    dutyStation: DutyStationIdSchema,
    from: InstantSchema,
    to: InstantSchema.nullable().default(null),
    source: z
      .string()
      .normalize("NFC")
      .min(1)
      .max(128)
      .regex(codePattern, { message: "a source: printable characters without leading or trailing blanks" })
      .default(trackingSystemSource),
  })
  .refine((record) => record.to === null || record.from.getTime() < record.to.getTime(), {
    message: "an instant after from",
    path: ["to"],
  });
