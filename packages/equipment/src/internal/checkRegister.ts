import { describeValue, listLengthUpTo, makeIssue, type DutyStationId } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { equipmentCategories, type EquipmentCategory } from "../item/equipmentCategories";
import { equipmentStates, type EquipmentState } from "../item/equipmentStates";
import type { EquipmentItem } from "../item/EquipmentItem";

/** The documented limit on register lines per call. */
const maxLines = 1_000_000;

/**
 * The error for `path`.
 *
 * @internal
 */
export const invalid = (path: string, expected: string, received: string): InvalidEquipmentInput =>
  new InvalidEquipmentInput(makeIssue(path, expected, received));

const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 128;

const isEquipmentCategory = (value: unknown): value is EquipmentCategory =>
  (equipmentCategories as ReadonlyArray<unknown>).includes(value);

const isEquipmentState = (value: unknown): value is EquipmentState =>
  (equipmentStates as ReadonlyArray<unknown>).includes(value);

/** A register line's fields as {@link checkRegister} read them (its `name` is not read). */
type ReadLine = { -readonly [K in Exclude<keyof EquipmentItem, "name">]: EquipmentItem[K] };

/**
 * Checks the register's structure cheaply (the schema is the boundary; this keeps plain
 * JavaScript callers from a throw) and hands each line, as read, to `visit`: each field is
 * read once and written into one record, reused for every line, so that the caller works on
 * the values checked, never reads the input again (a getter answers once), and no object is
 * made per line (a copy of each of 100 000 lines took `summarizeRegister` from about 10 to
 * 44 ms: `docs/performance.md`, "Equipment: the register check"). The record is valid only
 * during the call of `visit`, which keeps what it needs of it, never the record. A line is
 * visited once it is checked, so the lines before a refused one have been visited: what the
 * visits gathered is for a success only. Paths are those of the equipment input document
 * (`$.register[3].quantity`), as its decoding gives them.
 *
 * @internal
 */
export const checkRegister = (
  register: unknown,
  visit: (line: Readonly<ReadLine>) => void,
  path = "$.register",
): Result.Result<void, InvalidEquipmentInput> => {
  // the length checked, read once: the lines are read by index within it
  const length = listLengthUpTo(register, maxLines);
  if (length < 0)
    return Result.fail(
      Array.isArray(register)
        ? invalid(path, `at most ${maxLines} lines`, `${register.length} lines`)
        : invalid(path, "an array of register lines", describeValue(register)),
    );
  const read: ReadLine = {
    item: "",
    category: "other",
    standard: false,
    dutyStation: "" as DutyStationId,
    quantity: 0,
    state: "serviceable",
  };
  for (let index = 0; index < length; index += 1) {
    const line: unknown = (register as ReadonlyArray<unknown>)[index];
    if (typeof line !== "object" || line === null)
      return Result.fail(invalid(`${path}[${index}]`, "a register line", describeValue(line)));
    const { item, dutyStation, category, state, standard, quantity } = line as Record<string, unknown>;
    if (!isId(item)) return Result.fail(invalid(`${path}[${index}].item`, "an item code", describeValue(item)));
    if (!isId(dutyStation))
      return Result.fail(invalid(`${path}[${index}].dutyStation`, "a duty station id", describeValue(dutyStation)));
    if (!isEquipmentCategory(category))
      return Result.fail(
        invalid(`${path}[${index}].category`, `one of ${equipmentCategories.join(", ")}`, describeValue(category)),
      );
    if (!isEquipmentState(state))
      return Result.fail(
        invalid(`${path}[${index}].state`, `one of ${equipmentStates.join(", ")}`, describeValue(state)),
      );
    if (typeof standard !== "boolean")
      return Result.fail(invalid(`${path}[${index}].standard`, "true or false", describeValue(standard)));
    if (typeof quantity !== "number" || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > 1_000_000_000)
      return Result.fail(
        invalid(`${path}[${index}].quantity`, "a whole number from 0 to 1000000000", describeValue(quantity)),
      );
    read.item = item;
    read.category = category;
    read.standard = standard;
    read.dutyStation = dutyStation as DutyStationId;
    read.quantity = quantity;
    read.state = state;
    visit(read);
  }
  return Result.void;
};
