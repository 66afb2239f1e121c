import { describeValue, makeIssue, type DutyStationId } from "@unsms/core";
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

/**
 * Checks the register's structure cheaply (the schema is the boundary; this keeps plain
 * JavaScript callers from a throw) and answers with the lines as read: a fresh array of
 * plain copies, each field read once, so that the caller works on the values checked and
 * never reads the input again (a getter answers once). Paths are those of the equipment
 * input document (`$.register[3].quantity`), as its decoding gives them.
 *
 * @internal
 */
export const checkRegister = (
  register: unknown,
  path = "$.register",
): Result.Result<ReadonlyArray<EquipmentItem>, InvalidEquipmentInput> => {
  if (!Array.isArray(register))
    return Result.fail(invalid(path, "an array of register lines", describeValue(register)));
  if (register.length > maxLines)
    return Result.fail(invalid(path, `at most ${maxLines} lines`, `${register.length} lines`));
  const lines = new Array<EquipmentItem>(register.length);
  for (let index = 0; index < register.length; index += 1) {
    const line: unknown = register[index];
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
    lines[index] = { item, category, standard, dutyStation: dutyStation as DutyStationId, quantity, state };
  }
  return Result.succeed(lines);
};
