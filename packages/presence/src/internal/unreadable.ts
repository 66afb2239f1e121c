import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "./invalidInput";

/**
 * The error of a presence function given a value it cannot read (a revoked proxy, a throwing
 * getter): with core's `catchUnreadable`, nothing is thrown.
 *
 * @internal
 */
export const unreadable = (): InvalidPresenceInput =>
  invalidInput(
    "arguments",
    "values of the documented types",
    "an unreadable value (a revoked proxy or a throwing getter?)",
  );
