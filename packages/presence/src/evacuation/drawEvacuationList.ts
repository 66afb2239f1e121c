import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import type { DutyStationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PresentPerson } from "../census/PresentPerson";
import { takeCensus } from "../census/takeCensus";
import type { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "../internal/invalidInput";
import * as Order from "effect/Order";
import { presenceCategories } from "../record/presenceCategories";
import { isPresenceCategory } from "../internal/isPresenceCategory";
import type { PresenceRecord } from "../record/PresenceRecord";
import { defaultEvacuationPolicy } from "./defaultEvacuationPolicy";
import type { EvacuationList } from "./EvacuationList";
import type { EvacuationPolicy } from "./EvacuationPolicy";

const invalid = (path: string, expected: string, received: string) =>
  Result.fail(invalidInput(path, expected, received));

/** Maps each category to its group index, or says why the policy cannot be applied. */
const groupOf = (policy: EvacuationPolicy): Result.Result<Map<string, number>, InvalidPresenceInput> => {
  if (typeof policy !== "object" || policy === null || !Array.isArray(policy.groups) || policy.groups.length === 0) {
    return invalid("$.evacuation.groups", "a non-empty array of priority groups", typeof policy);
  }
  const groups = new Map<string, number>();
  for (let g = 0; g < policy.groups.length; g += 1) {
    // read as unknown fields: `Array.isArray` on a readonly array narrows it to `any[]`
    const group = policy.groups[g] as { readonly name?: unknown; readonly categories?: unknown } | null | undefined;
    if (
      typeof group !== "object" ||
      group === null ||
      typeof group.name !== "string" ||
      !Array.isArray(group.categories)
    ) {
      return invalid(`$.evacuation.groups[${g}]`, "a group with a name and categories", typeof group);
    }
    for (let c = 0; c < group.categories.length; c += 1) {
      const category: unknown = group.categories[c];
      const path = `$.evacuation.groups[${g}].categories[${c}]`;
      if (typeof category !== "string" || !isPresenceCategory(category))
        return invalid(path, `one of ${presenceCategories.join(", ")}`, JSON.stringify(category) ?? "undefined");
      if (groups.has(category))
        return invalid(
          path,
          "a category in one group only",
          `${JSON.stringify(category)}, already in group ${(groups.get(category) ?? 0) + 1}`,
        );
      groups.set(category, g);
    }
  }
  return Result.succeed(groups);
};

const order = (a: PresentPerson, b: PresentPerson): number =>
  Order.String(a.organization, b.organization) || Order.String(a.person, b.person);

/**
 * The evacuation or relocation list of a duty station at an instant: everyone the census
 * finds there, in the priority groups of `policy` (default {@link defaultEvacuationPolicy},
 * our assumption), first to leave first; people of a category no group names come last, so
 * that the list always holds the whole census of the station. Record order never changes
 * the answer. A policy that cannot be applied (a category in two groups) is an
 * `InvalidPresenceInput` at its path in the presence input document, where the policy is
 * `evacuation` (`$.evacuation.groups[1].categories[0]`).
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidPresenceInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { drawEvacuationList, type PresenceRecord } from "@unsms/presence"
 * import type { DutyStationId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const since = new Date("2006-01-01T00:00:00Z")
 * const records = [
 *   { person: "s1", organization: "UNICEF", category: "staff", dutyStation: "Cairo", from: since, to: null, source: "ists" },
 *   { person: "d1", organization: "UNICEF", category: "dependant", dutyStation: "Cairo", from: since, to: null, source: "ists" },
 *   { person: "c1", organization: "UNICEF", category: "contractor", dutyStation: "Cairo", from: since, to: null, source: "ists" },
 * ] as ReadonlyArray<PresenceRecord>
 * const list = Result.getOrThrow(drawEvacuationList(records, new Date("2006-06-30T00:00:00Z"), "Cairo" as DutyStationId))
 * console.log(list.groups.map((group) => [group.priority, group.people.map((p) => p.person)])) // [[1, ["d1"]], [2, ["c1"]], [3, ["s1"]]]
 * ```
 *
 * @function
 * @category evacuation
 * @since 0.2.0
 */
export const drawEvacuationList = /* @__PURE__ */ catchUnreadable(
  (
    records: ReadonlyArray<PresenceRecord>,
    at: Date,
    dutyStation: DutyStationId,
    policy: EvacuationPolicy = defaultEvacuationPolicy,
  ): Result.Result<EvacuationList, InvalidPresenceInput | ConflictingPresence> =>
    Result.gen(() => evacuationListOf(records, at, dutyStation, policy)),
  unreadable,
);

/** The policy's groups read, the station's census taken, its people sorted into the groups: the steps of {@link drawEvacuationList}. */
function* evacuationListOf(
  records: ReadonlyArray<PresenceRecord>,
  at: Date,
  dutyStation: DutyStationId,
  policy: EvacuationPolicy,
) {
  const groups = yield* groupOf(policy);
  if (typeof dutyStation !== "string") return yield* invalid("dutyStation", "a duty station id", typeof dutyStation);
  const census = yield* takeCensus(records, at, { dutyStation });
  const people = census.stations[0]?.people ?? [];
  const buckets: Array<Array<PresentPerson>> = policy.groups.map(() => []);
  const unassigned: Array<PresentPerson> = [];
  for (const person of people) {
    const index = groups.get(person.category);
    if (index === undefined) unassigned.push(person);
    else buckets[index]?.push(person);
  }
  const listed = policy.groups.map((group, index) => ({
    priority: index + 1,
    name: group.name,
    people: (buckets[index] ?? []).sort(order),
  }));
  if (unassigned.length > 0)
    listed.push({
      priority: listed.length + 1,
      name: "not in any priority group",
      people: unassigned.sort(order),
    });
  const list: EvacuationList = {
    dutyStation,
    asOf: census.asOf,
    policy: policy.name,
    basis: policy.basis,
    total: people.length,
    groups: listed,
  };
  return list;
}
