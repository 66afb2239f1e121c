import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import type { DutyStationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PresentPerson } from "../census/PresentPerson";
import type { ConflictingPresence } from "../errors/ConflictingPresence";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "../internal/invalidInput";
import { checkInstant } from "../internal/checkInstant";
import * as Order from "effect/Order";
import { presentAtEach } from "../internal/presentAt";
import type { PresenceRecord } from "../record/PresenceRecord";
import type { PresenceChanges } from "./PresenceChanges";

const byPerson = (a: { readonly person: string }, b: { readonly person: string }): number =>
  Order.String(a.person, b.person);

/**
 * The changes between two instants: arrivals, departures, and people present at both whose
 * duty station, organization or category changed. `options.dutyStation` looks at one
 * station: a move into it is an arrival there, a move out a departure. `from` must not be
 * after `to`. Record order never changes the answer; a person placed in two ways at either
 * instant is a {@link ConflictingPresence} (one at `from` is reported before one at `to`).
 * At most 1 000 000 records, each checked and read once for both instants in one walk of the
 * list: linear in them, plus sorting the changes. A record that is not a presence record is
 * an `InvalidPresenceInput` at its path (`$.records[2].source`), the first such record,
 * before any conflict.
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidPresenceInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { changesBetween, type PresenceRecord } from "@unsms/presence"
 * import * as Result from "effect/Result"
 *
 * const jan = new Date("2006-01-01T00:00:00Z")
 * const apr = new Date("2006-04-01T00:00:00Z")
 * const records = [
 *   { person: "s1", organization: "UNHCR", category: "staff", dutyStation: "Manila", from: jan, to: apr, source: "ists" },
 *   { person: "s1", organization: "UNHCR", category: "staff", dutyStation: "Cairo", from: apr, to: null, source: "ists" },
 *   { person: "s2", organization: "UNHCR", category: "staff", dutyStation: "Manila", from: apr, to: null, source: "ists" },
 * ] as ReadonlyArray<PresenceRecord>
 * const changes = Result.getOrThrow(changesBetween(records, jan, new Date("2006-06-30T00:00:00Z")))
 * console.log(changes.arrived.map((p) => p.person), changes.changed.map((c) => [c.before.dutyStation, c.after.dutyStation])) // ["s2"] [["Manila", "Cairo"]]
 * ```
 *
 * @function
 * @category changes
 * @since 0.2.0
 */
export const changesBetween = /* @__PURE__ */ catchUnreadable(
  (
    records: ReadonlyArray<PresenceRecord>,
    from: Date,
    to: Date,
    options: { readonly dutyStation?: DutyStationId } = {},
  ): Result.Result<PresenceChanges, InvalidPresenceInput | ConflictingPresence> =>
    Result.gen(() => presenceChanges(records, from, to, options)),
  unreadable,
);

/** Who arrived, departed or changed between `from` and `to`: the steps of {@link changesBetween}. */
function* presenceChanges(
  records: ReadonlyArray<PresenceRecord>,
  from: Date,
  to: Date,
  options: { readonly dutyStation?: DutyStationId },
) {
  const start = yield* checkInstant(from, "from");
  const end = yield* checkInstant(to, "to");
  if (start.getTime() > end.getTime())
    return yield* Result.fail(
      invalidInput("to", `an instant not before from (${start.toISOString()})`, end.toISOString()),
    );
  const [before, after] = yield* presentAtEach(records, [start, end]);
  const only =
    typeof options === "object" && options !== null && typeof options.dutyStation === "string"
      ? options.dutyStation
      : undefined;
  const here = (person: PresentPerson | undefined): PresentPerson | undefined =>
    person === undefined || (only !== undefined && person.dutyStation !== only) ? undefined : person;
  const arrived: Array<PresentPerson> = [];
  const departed: Array<PresentPerson> = [];
  const changed: Array<{ person: PresentPerson["person"]; before: PresentPerson; after: PresentPerson }> = [];
  let unchanged = 0;
  for (const [person, was] of before) {
    const then = here(was);
    const now = here(after.get(person));
    if (then === undefined) continue;
    if (now === undefined) departed.push(then);
    else if (
      then.dutyStation === now.dutyStation &&
      then.organization === now.organization &&
      then.category === now.category
    )
      unchanged += 1;
    else changed.push({ person: then.person, before: then, after: now });
  }
  for (const [person, is] of after) {
    const now = here(is);
    if (now !== undefined && here(before.get(person)) === undefined) arrived.push(now);
  }
  return {
    from: start,
    to: end,
    arrived: arrived.sort(byPerson),
    departed: departed.sort(byPerson),
    changed: changed.sort(byPerson),
    unchanged,
  };
}
