import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core";
import type { PresenceCategory } from "./presenceCategories";

/**
 * One presence: `person`, of `organization`, as `category`, at `dutyStation` from `from`
 * until `to` (excluded; `null` while still there), with the `source` of the record — the
 * integrated security tracking system of A/61/531 ¶25 unless another is named. What
 * `PresenceRecordSchema` (`@unsms/presence/schema`) reads from JSON, field for field (a type
 * test ties the two).
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
export interface PresenceRecord {
  /** Who. */
  readonly person: PersonId;
  /** Of which organization. */
  readonly organization: OrganizationId;
  /** As what. */
  readonly category: PresenceCategory;
  /** Where. */
  readonly dutyStation: DutyStationId;
  /** Since when (included). */
  readonly from: Date;
  /** Until when (excluded), after `from`; `null` while still there. */
  readonly to: Date | null;
  /** Where the record comes from, 1 to 128 characters (default: the integrated security tracking system, ¶25). */
  readonly source: string;
}
