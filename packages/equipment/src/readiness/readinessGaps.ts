import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import type { DutyStationId } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { checkRegister, invalid } from "../internal/checkRegister";
import { itemListProblem } from "../internal/itemListProblem";
import * as Order from "effect/Order";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { Readiness, ReadinessGap } from "./Readiness";
import type { RequiredKit } from "./RequiredKit";

type Held = { serviceable: number; "in-repair": number; unserviceable: number; deployed: number };

const checkKit = (kit: RequiredKit): Result.Result<RequiredKit, InvalidEquipmentInput> => {
  const problem = itemListProblem(kit, "kit", {
    items: "an array of kit lines",
    once: "an item named once in the kit",
  });
  if (problem !== undefined) return Result.fail(problem);
  for (let index = 0; index < kit.items.length; index += 1) {
    const line = kit.items[index]!;
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0)
      return Result.fail(
        invalid(`kit.items[${index}].quantity`, "a whole number, zero or more", String(line.quantity)),
      );
  }
  return Result.succeed(kit);
};

/**
 * The readiness gaps of each duty station against a required kit: for every kit item, the
 * serviceable quantity the station holds in the register (lines of the same item and state
 * added up) against the quantity required, and what it holds but not ready. Stations are
 * those of the register plus `options.dutyStations` (a station with nothing registered is
 * short of everything), sorted by id. Register order never changes the answer; adding
 * serviceable equipment never widens a gap. At most 1 000 000 lines; linear in them.
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
 * ```
 *
 * @category readiness
 * @since 0.2.0
 */
export const readinessGaps = /* @__PURE__ */ catchUnreadable(
  (
    register: ReadonlyArray<EquipmentItem>,
    kit: RequiredKit,
    options: { readonly dutyStations?: ReadonlyArray<DutyStationId> } = {},
  ): Result.Result<Readiness, InvalidEquipmentInput> =>
    Result.flatMap(checkRegister(register), (lines) =>
      Result.map(checkKit(kit), (checked): Readiness => {
        const wanted = new Set(checked.items.map((line) => line.item));
        const held = new Map<DutyStationId, Map<string, Held>>();
        const extra: ReadonlyArray<unknown> =
          typeof options === "object" && options !== null && Array.isArray(options.dutyStations)
            ? options.dutyStations
            : [];
        for (const station of extra)
          if (typeof station === "string" && !held.has(station as DutyStationId))
            held.set(station as DutyStationId, new Map());
        for (const line of lines) {
          let items = held.get(line.dutyStation);
          if (items === undefined) {
            items = new Map();
            held.set(line.dutyStation, items);
          }
          if (!wanted.has(line.item)) continue;
          let counts = items.get(line.item);
          if (counts === undefined) {
            counts = { serviceable: 0, "in-repair": 0, unserviceable: 0, deployed: 0 };
            items.set(line.item, counts);
          }
          counts[line.state] += line.quantity;
        }
        const stations = [...held.entries()]
          .sort(([a], [b]) => Order.String(a, b))
          .map(([dutyStation, items]) => {
            const gaps: Array<ReadinessGap> = [];
            for (const { item, quantity } of checked.items) {
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
      }),
    ),
  unreadable,
);
