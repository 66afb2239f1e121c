import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core";
import type { PresenceCategory } from "../record/presenceCategories";

/**
 * A person present at an instant, as the census, the change list and the evacuation list
 * show them: who, of which organization, as what, where, and the source of the record.
 *
 * @example
 * ```ts
 * import type { PresentPerson } from "@unsms/presence"
 * import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core"
 *
 * const person: PresentPerson = {
 *   person: "staff-1" as PersonId, organization: "WFP" as OrganizationId, category: "staff",
 *   dutyStation: "Cairo" as DutyStationId, source: "integrated-security-tracking-system",
 * }
 * console.log(person.category) // "staff"
 * ```
 *
 * @category census
 * @since 0.2.0
 */
export interface PresentPerson {
  /** The person. */
  readonly person: PersonId;
  /** The organization of the person's presence record. */
  readonly organization: OrganizationId;
  /** Staff, dependant, consultant, contractor or visitor. */
  readonly category: PresenceCategory;
  /** Where the person is. */
  readonly dutyStation: DutyStationId;
  /** Where the record comes from (¶25's tracking system unless another is named). */
  readonly source: string;
}
