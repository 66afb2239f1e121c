import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { invalid } from "./checkRegister";

/**
 * The error of an equipment function given a value it cannot read (a revoked proxy, a
 * throwing getter): with core's `catchUnreadable`, nothing is thrown.
 *
 * @internal
 */
export const unreadable = (): InvalidEquipmentInput =>
  invalid("arguments", "values of the documented types", "an unreadable value (a revoked proxy or a throwing getter?)");
