import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { checkRegister } from "../internal/checkRegister";
import { equipmentCategories, type EquipmentCategory } from "../item/equipmentCategories";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { RegisterSummary } from "./RegisterSummary";

/**
 * Sums the central register of specialized equipment (A/61/531 ¶35: communications
 * equipment, weapons, protective clothing, registered so that they can be used to the full
 * and deployed fast): quantities per category, serviceable and standard. Order-independent.
 * Paths in errors are those of the equipment input document (`$.register[3].quantity`).
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidEquipmentInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { summarizeRegister, type EquipmentItem } from "@unsms/equipment"
 * import * as Result from "effect/Result"
 *
 * const register = [
 *   { item: "SAT-PHONE", category: "communications", standard: true, dutyStation: "Cairo", quantity: 2, state: "serviceable" },
 *   { item: "BODY-ARMOUR", category: "protective", standard: true, dutyStation: "Manila", quantity: 10, state: "in-repair" },
 * ] as ReadonlyArray<EquipmentItem>
 * const summary = Result.getOrThrow(summarizeRegister(register))
 * console.log(summary.stations, summary.total) // 2 { quantity: 12, serviceable: 2, standard: 12 }
 * ```
 *
 * @function
 * @category register
 * @since 0.2.0
 */
export const summarizeRegister = /* @__PURE__ */ catchUnreadable(
  (register: ReadonlyArray<EquipmentItem>): Result.Result<RegisterSummary, InvalidEquipmentInput> =>
    Result.gen(() => registerSummary(register)),
  unreadable,
);

/** The steps of {@link summarizeRegister}: the register checked and totalled in one walk. */
function* registerSummary(register: ReadonlyArray<EquipmentItem>) {
  const totals = new Map<EquipmentCategory, { quantity: number; serviceable: number; standard: number }>();
  const stations = new Set<string>();
  yield* checkRegister(register, (line) => {
    stations.add(line.dutyStation);
    let total = totals.get(line.category);
    if (total === undefined) {
      total = { quantity: 0, serviceable: 0, standard: 0 };
      totals.set(line.category, total);
    }
    total.quantity += line.quantity;
    if (line.state === "serviceable") total.serviceable += line.quantity;
    if (line.standard) total.standard += line.quantity;
  });
  const byCategory = equipmentCategories.flatMap((category) => {
    const total = totals.get(category);
    return total === undefined ? [] : [{ category, ...total }];
  });
  const total = byCategory.reduce(
    (sum, row) => ({
      quantity: sum.quantity + row.quantity,
      serviceable: sum.serviceable + row.serviceable,
      standard: sum.standard + row.standard,
    }),
    { quantity: 0, serviceable: 0, standard: 0 },
  );
  return { stations: stations.size, total, byCategory };
}
