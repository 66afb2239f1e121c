import { unreadable } from "../internal/unreadable";
import { catchUnreadable, describeValue, isListUpTo } from "@unsms/core";
import type { DutyStationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { checkRegister, invalid } from "../internal/checkRegister";
import { itemListProblem } from "../internal/itemListProblem";
import { MAX_DUTY_STATIONS } from "../internal/maxDutyStations";
import * as Order from "effect/Order";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { Readiness, ReadinessGap } from "./Readiness";
import type { RequiredKit } from "./RequiredKit";

type Held = { serviceable: number; "in-repair": number; unserviceable: number; deployed: number };

/** The documented limit on the gaps of one call: the answer stays small enough to print and read. */
const maxGaps = 100_000;

const checkKit = (kit: RequiredKit): Result.Result<RequiredKit, InvalidEquipmentInput> => {
  const problem = itemListProblem(kit, "$.kit", {
    items: "an array of kit lines",
    once: "an item named once in the kit",
  });
  if (problem !== undefined) return Result.fail(problem);
  for (let index = 0; index < kit.items.length; index += 1) {
    const line = kit.items[index]!;
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0)
      return Result.fail(
        invalid(`$.kit.items[${index}].quantity`, "a whole number, zero or more", describeValue(line.quantity)),
      );
  }
  return Result.succeed(kit);
};

/**
 * How many gaps the stations have, counted without building them (a station lacks every
 * required item but those it holds enough of), or the error when more than {@link maxGaps}.
 */
const countGaps = (
  held: ReadonlyMap<DutyStationId, ReadonlyMap<string, Held>>,
  required: ReadonlyMap<string, number>,
): Result.Result<number, InvalidEquipmentInput> => {
  let total = 0;
  for (const items of held.values()) {
    let enough = 0;
    for (const [item, counts] of items) {
      const quantity = required.get(item);
      if (quantity !== undefined && counts.serviceable >= quantity) enough += 1;
    }
    total += required.size - enough;
    if (total > maxGaps)
      return Result.fail(
        invalid(
          "$",
          `at most ${maxGaps} readiness gaps in one call (assess fewer duty stations at a time)`,
          `more than ${maxGaps}: ${held.size} duty stations against ${required.size} required kit items`,
        ),
      );
  }
  return Result.succeed(total);
};

/**
 * The readiness gaps of each duty station against a required kit: for every kit item, the
 * serviceable quantity the station holds in the register (lines of the same item and state
 * added up) against the quantity required, and what it holds but not ready. Stations are
 * those of the register plus `options.dutyStations` (a station with nothing registered is
 * short of everything), sorted by id. Register order never changes the answer; adding
 * serviceable equipment never widens a gap. At most 1 000 000 lines, at most 100 000 extra
 * duty stations (an `options.dutyStations` that is not an array of at most 100 000, such as
 * a sparse array claiming 2^32 − 1 items, is an `InvalidEquipmentInput` at `$.dutyStations`,
 * told by its `length` before any station is read), and at most 100 000
 * gaps in the answer (200 stations short of a whole 44-item kit are 8 800): the gaps are
 * counted before any is built, and more (say 1 000 stations with nothing registered against
 * a kit of 10 000 items) is an `InvalidEquipmentInput` at `$` — assess fewer stations per
 * call. The work is linear in the lines, the stations, the kit and the gaps.
 * Paths in errors are those of the equipment input document (`$.register[3].quantity`,
 * `$.kit.items[6].item`), as its decoding gives them.
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidEquipmentInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { readinessGaps, type EquipmentItem, type RequiredKit } from "@unsms/equipment"
 * import type { DutyStationId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const register = [
 *   { item: "SAT-PHONE", category: "communications", standard: true, dutyStation: "Cairo", quantity: 1, state: "serviceable" },
 *   { item: "SAT-PHONE", category: "communications", standard: true, dutyStation: "Cairo", quantity: 1, state: "in-repair" },
 *   { item: "SAT-PHONE", category: "communications", standard: true, dutyStation: "Manila", quantity: 3, state: "serviceable" },
 * ] as ReadonlyArray<EquipmentItem>
 * const kit: RequiredKit = { name: "field office", basis: "our assumption", items: [{ item: "SAT-PHONE", quantity: 2 }] }
 * const readiness = Result.getOrThrow(readinessGaps(register, kit, { dutyStations: ["Bogota" as DutyStationId] }))
 * console.log(readiness.stations.map((s) => [s.dutyStation, s.gaps.map((g) => g.short)])) // [["Bogota", [2]], ["Cairo", [1]], ["Manila", []]]
 * console.log(readiness.stations[1]?.gaps[0]) // { item: "SAT-PHONE", required: 2, ready: 1, short: 1, notReady: { "in-repair": 1 } }
 *
 * const stations = Array.from({ length: 1000 }, (_, i) => `S${i}` as DutyStationId)
 * const large: RequiredKit = { name: "large", basis: "", items: Array.from({ length: 10_000 }, (_, i) => ({ item: `I${i}`, quantity: 1 })) }
 * const tooMany = readinessGaps([], large, { dutyStations: stations })
 * if (Result.isFailure(tooMany)) console.log(tooMany.failure.path, tooMany.failure.expected) // "$" "at most 100000 readiness gaps in one call (assess fewer duty stations at a time)"
 * ```
 *
 * @function
 * @category readiness
 * @since 0.2.0
 */
export const readinessGaps = /* @__PURE__ */ catchUnreadable(
  (
    register: ReadonlyArray<EquipmentItem>,
    kit: RequiredKit,
    options: { readonly dutyStations?: ReadonlyArray<DutyStationId> } = {},
  ): Result.Result<Readiness, InvalidEquipmentInput> => Result.gen(() => readinessOf(register, kit, options)),
  unreadable,
);

/** The steps of {@link readinessGaps}: the register checked and counted, then the kit, then the gaps. */
function* readinessOf(
  register: ReadonlyArray<EquipmentItem>,
  kit: RequiredKit,
  options: { readonly dutyStations?: ReadonlyArray<DutyStationId> },
) {
  // what each station holds of each item, by state (the kit is read after the register)
  const held = new Map<DutyStationId, Map<string, Held>>();
  yield* checkRegister(register, (line) => {
    let items = held.get(line.dutyStation);
    if (items === undefined) {
      items = new Map();
      held.set(line.dutyStation, items);
    }
    let counts = items.get(line.item);
    if (counts === undefined) {
      counts = { serviceable: 0, "in-repair": 0, unserviceable: 0, deployed: 0 };
      items.set(line.item, counts);
    }
    counts[line.state] += line.quantity;
  });
  const checked = yield* checkKit(kit);
  // items required at all (a quantity of zero is never short), in the kit's order
  const positive = checked.items.filter((line) => line.quantity > 0);
  const required = new Map(positive.map((line) => [line.item, line.quantity]));
  // the extra stations, when given, told by their length before any is read
  const given: unknown = typeof options === "object" && options !== null ? options.dutyStations : undefined;
  const extra = given === undefined ? [] : isListUpTo(given, MAX_DUTY_STATIONS) ? given : undefined;
  if (extra === undefined)
    return yield* Result.fail(
      invalid("$.dutyStations", `an array of at most ${MAX_DUTY_STATIONS} duty station ids`, describeValue(given)),
    );
  for (const station of extra)
    if (typeof station === "string" && !held.has(station as DutyStationId))
      held.set(station as DutyStationId, new Map());
  yield* countGaps(held, required);
  // each station walks the required items once: no more steps than its gaps and its lines
  const stations = [...held.entries()]
    .sort(([a], [b]) => Order.String(a, b))
    .map(([dutyStation, items]) => {
      const gaps: Array<ReadinessGap> = [];
      for (const { item, quantity } of positive) {
        const counts = items.get(item);
        const ready = counts?.serviceable ?? 0;
        if (ready >= quantity) continue;
        const notReady: Partial<Record<"in-repair" | "unserviceable" | "deployed", number>> = {};
        for (const state of ["in-repair", "unserviceable", "deployed"] as const) {
          const count = counts?.[state] ?? 0;
          if (count > 0) notReady[state] = count;
        }
        gaps.push({ item, required: quantity, ready, short: quantity - ready, notReady });
      }
      return { dutyStation, ready: gaps.length === 0, gaps };
    });
  return { kit: checked.name, stations, notReady: stations.filter((station) => !station.ready).length };
}
