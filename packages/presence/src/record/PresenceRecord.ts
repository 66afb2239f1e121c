import type * as z from "zod";
import type { PresenceRecordSchema } from "./PresenceRecordSchema";

/**
 * One presence: `person`, of `organization`, as `category`, at `dutyStation` from `from`
 * until `to` (excluded; `null` while still there), with the `source` of the record — the
 * integrated security tracking system of A/61/531 ¶25 unless another is named. The type
 * is the output of `PresenceRecordSchema` (`@unsms/presence/schema`), which reads it from
 * JSON.
 *
 * @example
 * ```ts
 * import type { PresenceRecord } from "@unsms/presence"
 * import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core"
 *
 * const record: PresenceRecord = {
 *   person: "staff-1" as PersonId, organization: "UNDP" as OrganizationId, category: "staff",
 *   dutyStation: "Manila" as DutyStationId, from: new Date("2006-01-01T00:00:00Z"), to: null,
 *   source: "integrated-security-tracking-system",
 * }
 * console.log(record.dutyStation) // "Manila"
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export type PresenceRecord = z.output<typeof PresenceRecordSchema>;
