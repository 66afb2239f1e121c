import type { DutyStationId, OrganizationId } from "@unsms/core";
import type { PresenceCategory } from "../record/presenceCategories";
import type { PresentPerson } from "./PresentPerson";

/**
 * Who is at one duty station at the census instant: the total, the counts by category (in
 * the order of `presenceCategories`, kinds with nobody left out) and by organization
 * (sorted by id), and the people, sorted by person id.
 *
 * @example
 * ```ts
 * import type { StationCensus } from "@unsms/presence"
 * import type { DutyStationId } from "@unsms/core"
 *
 * const empty: StationCensus = { dutyStation: "Cairo" as DutyStationId, total: 0, byCategory: [], byOrganization: [], people: [] }
 * console.log(empty.total) // 0
 * ```
 *
 * @category census
 * @since 0.2.0
 */
export interface StationCensus {
  /** The duty station. */
  readonly dutyStation: DutyStationId;
  /** People present, each counted once. */
  readonly total: number;
  /** Counts by category, in the order of `presenceCategories`. */
  readonly byCategory: ReadonlyArray<{ readonly category: PresenceCategory; readonly count: number }>;
  /** Counts by organization, sorted by id. */
  readonly byOrganization: ReadonlyArray<{ readonly organization: OrganizationId; readonly count: number }>;
  /** The people present, sorted by person id. */
  readonly people: ReadonlyArray<PresentPerson>;
}

/**
 * The census at one instant ({@link takeCensus}): every duty station with someone present
 * (or the one asked for), sorted by id, and the total over them.
 *
 * @example
 * ```ts
 * import type { Census } from "@unsms/presence"
 *
 * const census: Census = { asOf: new Date("2006-06-30T00:00:00Z"), total: 0, stations: [] }
 * console.log(census.stations.length) // 0
 * ```
 *
 * @category census
 * @since 0.2.0
 */
export interface Census {
  /** The instant of the census. */
  readonly asOf: Date;
  /** People present over all listed stations, each counted once. */
  readonly total: number;
  /** One entry per duty station, sorted by id. */
  readonly stations: ReadonlyArray<StationCensus>;
}
