import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { checkRegister } from "../internal/checkRegister";
import { itemListProblem } from "../internal/itemListProblem";
import * as Order from "effect/Order";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { StandardCheck } from "./StandardCheck";
import type { StandardList } from "./StandardList";
import { standardEquipmentList } from "./standardEquipmentList";

/**
 * Checks the register's `standard` marks against a standard list (default
 * {@link standardEquipmentList}, whose items the report does not give — so against it every
 * item marked standard is `unlisted`: pass the list the agency holds). Register order never
 * changes the answer. Paths in errors are those of the equipment input document, where the
 * list is `standardList` (`$.standardList.items[6].item` for an item listed twice).
 * A value that cannot be read (a revoked proxy, a throwing getter) is an `InvalidEquipmentInput`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { checkStandardItems, type EquipmentItem, type StandardList } from "@unsms/equipment"
 * import * as Result from "effect/Result"
 *
 * const register = [
 *   { item: "SAT-PHONE", category: "communications", standard: true, dutyStation: "Cairo", quantity: 2, state: "serviceable" },
 *   { item: "LOCAL-RADIO", category: "communications", standard: true, dutyStation: "Cairo", quantity: 5, state: "serviceable" },
 * ] as ReadonlyArray<EquipmentItem>
 * const list: StandardList = { name: "agency list", basis: "agency, 2026", items: [{ item: "SAT-PHONE", category: "communications" }] }
 * const check = Result.getOrThrow(checkStandardItems(register, list))
 * console.log(check.unlisted, check.held) // ["LOCAL-RADIO"] 1
 * ```
 *
 * @function
 * @category standard list
 * @since 0.2.0
 */
export const checkStandardItems = /* @__PURE__ */ catchUnreadable(
  (
    register: ReadonlyArray<EquipmentItem>,
    list: StandardList = standardEquipmentList,
  ): Result.Result<StandardCheck, InvalidEquipmentInput> =>
    Result.flatMap(checkRegister(register), (lines) => {
      const problem = itemListProblem(list, "$.standardList", {
        items: "an array of standard items",
        once: "an item listed once",
      });
      if (problem !== undefined) return Result.fail(problem);
      const listed = new Map<string, string>();
      for (const entry of list.items) listed.set(entry.item, entry.category);
      const unlisted = new Set<string>();
      const unmarked = new Set<string>();
      const miscategorized = new Set<string>();
      const held = new Set<string>();
      for (const line of lines) {
        const category = listed.get(line.item);
        if (category === undefined) {
          if (line.standard) unlisted.add(line.item);
          continue;
        }
        held.add(line.item);
        if (!line.standard) unmarked.add(line.item);
        if (category !== line.category) miscategorized.add(line.item);
      }
      const sorted = (set: ReadonlySet<string>) => [...set].sort(Order.String);
      return Result.succeed({
        list: list.name,
        listed: listed.size,
        held: held.size,
        unlisted: sorted(unlisted),
        unmarked: sorted(unmarked),
        miscategorized: sorted(miscategorized),
      });
    }),
  unreadable,
);
