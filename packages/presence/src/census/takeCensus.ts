import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import type { DutyStationId, OrganizationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { checkInstant } from "../internal/checkInstant";
import * as Order from "effect/Order";
import { presentAt } from "../internal/presentAt";
import { presenceCategories, type PresenceCategory } from "../record/presenceCategories";
import type { PresenceRecord } from "../record/PresenceRecord";
import type { Census, StationCensus } from "./Census";
import type { PresentPerson } from "./PresentPerson";

const stationCensus = (dutyStation: DutyStationId, people: Array<PresentPerson>): StationCensus => {
  people.sort((a, b) => Order.String(a.person, b.person));
  const categories = new Map<PresenceCategory, number>();
  const organizations = new Map<OrganizationId, number>();
  for (const person of people) {
    categories.set(person.category, (categories.get(person.category) ?? 0) + 1);
    organizations.set(person.organization, (organizations.get(person.organization) ?? 0) + 1);
  }
  return {
    dutyStation,
    total: people.length,
    byCategory: presenceCategories.flatMap((category) => {
      const count = categories.get(category);
      return count === undefined ? [] : [{ category, count }];
    }),
    byOrganization: [...organizations.entries()]
      .sort(([a], [b]) => Order.String(a, b))
      .map(([organization, count]) => ({ organization, count })),
    people,
  };
};

/**
 * The census at an instant: who is at each duty station at `at` — present when `from ≤ at
 * < to` (an open record, `to: null`, runs on) — counted once per person, with counts by
 * category and organization. `options.dutyStation` limits it to one station (listed even
 * when empty). Record order never changes the answer; a person the records place in two
 * ways at once is a {@link ConflictingPresence}, never counted twice, and two records that
 * agree count once. At most 1 000 000 records; linear in them, plus sorting the present.
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidPresenceInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { takeCensus, type PresenceRecord } from "@unsms/presence"
 * import type { DutyStationId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const since = new Date("2006-01-01T00:00:00Z")
 * const records = [
 *   { person: "s1", organization: "UNDP", category: "staff", dutyStation: "Bogota", from: since, to: null, source: "ists" },
 *   { person: "d1", organization: "UNDP", category: "dependant", dutyStation: "Bogota", from: since, to: null, source: "ists" },
 *   { person: "s2", organization: "WFP", category: "staff", dutyStation: "Cairo", from: since, to: new Date("2006-03-01T00:00:00Z"), source: "ists" },
 * ] as ReadonlyArray<PresenceRecord>
 * const census = Result.getOrThrow(takeCensus(records, new Date("2006-06-30T00:00:00Z")))
 * console.log(census.total, census.stations.map((station) => [station.dutyStation, station.total])) // 2 [["Bogota", 2]]
 * const cairo = Result.getOrThrow(takeCensus(records, new Date("2006-02-01T00:00:00Z"), { dutyStation: "Cairo" as DutyStationId }))
 * console.log(cairo.stations[0]?.byOrganization) // [{ organization: "WFP", count: 1 }]
 * ```
 *
 * @function
 * @category census
 * @since 0.2.0
 */
export const takeCensus = /* @__PURE__ */ catchUnreadable(
  (
    records: ReadonlyArray<PresenceRecord>,
    at: Date,
    options: { readonly dutyStation?: DutyStationId } = {},
  ): Result.Result<Census, InvalidPresenceInput | ConflictingPresence> =>
    Result.gen(() => censusAt(records, at, options)),
  unreadable,
);

/** Who is at each duty station at `at`, counted: the steps of {@link takeCensus}. */
function* censusAt(
  records: ReadonlyArray<PresenceRecord>,
  at: Date,
  options: { readonly dutyStation?: DutyStationId },
) {
  const asOf = yield* checkInstant(at, "at");
  const present = yield* presentAt(records, asOf);
  const only =
    typeof options === "object" && options !== null && typeof options.dutyStation === "string"
      ? options.dutyStation
      : undefined;
  const byStation = new Map<DutyStationId, Array<PresentPerson>>();
  if (only !== undefined) byStation.set(only, []);
  for (const person of present.values()) {
    if (only !== undefined && person.dutyStation !== only) continue;
    const list = byStation.get(person.dutyStation);
    if (list === undefined) byStation.set(person.dutyStation, [person]);
    else list.push(person);
  }
  const stations = [...byStation.entries()]
    .sort(([a], [b]) => Order.String(a, b))
    .map(([station, people]) => stationCensus(station, people));
  return { asOf, total: stations.reduce((sum, station) => sum + station.total, 0), stations };
}
