import { unreadable } from "../internal/unreadable";
import { catchUnreadable } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { checkRegister } from "../internal/checkRegister";
import { itemListProblem } from "../internal/itemListProblem";
import * as Order from "effect/Order";
import type { EquipmentCategory } from "../item/equipmentCategories";
import type { EquipmentItem } from "../item/EquipmentItem";
import type { StandardCheck } from "./StandardCheck";
import type { StandardList } from "./StandardList";
import { standardEquipmentList } from "./standardEquipmentList";

/**
 * What the register's lines say of one item: whether one marks it standard, whether one does
 * not, the category of its first line and whether another line gives another (then no one
 * category matches its listed one).
 */
interface Marks {
  standard: boolean;
  notStandard: boolean;
  readonly category: EquipmentCategory;
  mixed: boolean;
}

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
  ): Result.Result<StandardCheck, InvalidEquipmentInput> => Result.gen(() => standardCheck(register, list)),
  unreadable,
);

/** The steps of {@link checkStandardItems}: the register checked and marked, then compared with the list. */
function* standardCheck(register: ReadonlyArray<EquipmentItem>, list: StandardList) {
  // what the register says of each item (the list is read after the register)
  const marks = new Map<string, Marks>();
  yield* checkRegister(register, (line) => {
    const seen = marks.get(line.item);
    if (seen === undefined) {
      marks.set(line.item, {
        standard: line.standard,
        notStandard: !line.standard,
        category: line.category,
        mixed: false,
      });
      return;
    }
    if (line.standard) seen.standard = true;
    else seen.notStandard = true;
    if (line.category !== seen.category) seen.mixed = true;
  });
  const problem = itemListProblem(list, "$.standardList", {
    items: "an array of standard items",
    once: "an item listed once",
  });
  if (problem !== undefined) return yield* Result.fail(problem);
  const listed = new Map<string, string>();
  for (const entry of list.items) listed.set(entry.item, entry.category);
  const unlisted = new Set<string>();
  const unmarked = new Set<string>();
  const miscategorized = new Set<string>();
  const held = new Set<string>();
  for (const [item, { standard, notStandard, category, mixed }] of marks) {
    const listedAs = listed.get(item);
    if (listedAs === undefined) {
      if (standard) unlisted.add(item);
      continue;
    }
    held.add(item);
    if (notStandard) unmarked.add(item);
    if (mixed || category !== listedAs) miscategorized.add(item);
  }
  const sorted = (set: ReadonlySet<string>) => [...set].sort(Order.String);
  return {
    list: list.name,
    listed: listed.size,
    held: held.size,
    unlisted: sorted(unlisted),
    unmarked: sorted(unmarked),
    miscategorized: sorted(miscategorized),
  };
}
