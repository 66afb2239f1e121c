import { describeValue, makeIssue } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { equipmentCategories } from "../item/equipmentCategories";
import { equipmentStates } from "../item/equipmentStates";
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

/**
 * Checks the register's structure cheaply (the schema is the boundary; this keeps plain
 * JavaScript callers from a throw). Paths are those of the equipment input document
 * (`$.register[3].quantity`), as its decoding gives them.
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
  for (let index = 0; index < register.length; index += 1) {
    const line: unknown = register[index];
    const at = `${path}[${index}]`;
    if (typeof line !== "object" || line === null)
      return Result.fail(invalid(at, "a register line", describeValue(line)));
    const l = line as Record<string, unknown>;
    if (!isId(l["item"])) return Result.fail(invalid(`${at}.item`, "an item code", describeValue(l["item"])));
    if (!isId(l["dutyStation"]))
      return Result.fail(invalid(`${at}.dutyStation`, "a duty station id", describeValue(l["dutyStation"])));
    if (typeof l["category"] !== "string" || !(equipmentCategories as ReadonlyArray<unknown>).includes(l["category"]))
      return Result.fail(
        invalid(`${at}.category`, `one of ${equipmentCategories.join(", ")}`, describeValue(l["category"])),
      );
    if (typeof l["state"] !== "string" || !(equipmentStates as ReadonlyArray<unknown>).includes(l["state"]))
      return Result.fail(invalid(`${at}.state`, `one of ${equipmentStates.join(", ")}`, describeValue(l["state"])));
    if (typeof l["standard"] !== "boolean")
      return Result.fail(invalid(`${at}.standard`, "true or false", describeValue(l["standard"])));
    const quantity = l["quantity"];
    if (typeof quantity !== "number" || !Number.isSafeInteger(quantity) || quantity < 0 || quantity > 1_000_000_000) {
      return Result.fail(invalid(`${at}.quantity`, "a whole number from 0 to 1000000000", describeValue(quantity)));
    }
  }
  return Result.succeed(register as ReadonlyArray<EquipmentItem>);
};
