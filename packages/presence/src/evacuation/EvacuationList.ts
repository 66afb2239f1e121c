import type { DutyStationId } from "@unsms/core";
import type { PresentPerson } from "../census/PresentPerson";

/**
 * The evacuation or relocation list of a duty station at an instant
 * ({@link drawEvacuationList}): the priority groups in order (priority 1 leaves first), each
 * with its people sorted by organization then person id, and the policy applied. People of
 * a category no group names are listed last, in a group called `"not in any priority
 * group"`, so that nobody present is left off.
 *
 * @example
 * ```ts
 * import type { EvacuationList } from "@unsms/presence"
 * import type { DutyStationId } from "@unsms/core"
 *
 * const list: EvacuationList = { dutyStation: "Cairo" as DutyStationId, asOf: new Date("2006-06-30T00:00:00Z"), policy: "p", basis: "b", total: 0, groups: [] }
 * console.log(list.total) // 0
 * ```
 *
 * @category evacuation
 * @since 0.2.0
 */
export interface EvacuationList {
  /** The duty station. */
  readonly dutyStation: DutyStationId;
  /** The instant of the census the list is drawn from. */
  readonly asOf: Date;
  /** The policy's name. */
  readonly policy: string;
  /** The policy's basis (source and year, or our assumption). */
  readonly basis: string;
  /** Everyone on the list: the station's census total. */
  readonly total: number;
  /** The groups in order of priority. */
  readonly groups: ReadonlyArray<{
    readonly priority: number;
    readonly name: string;
    readonly people: ReadonlyArray<PresentPerson>;
  }>;
}
