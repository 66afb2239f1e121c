import { makeIssue } from "@unsms/core";
import { InvalidSurgeInput } from "../errors/InvalidSurgeInput";

/**
 * The error of a surge function given a value it cannot read (a revoked proxy, a throwing
 * getter): with core's `catchUnreadable`, nothing is thrown.
 *
 * @internal
 */
export const unreadable = (): InvalidSurgeInput =>
  new InvalidSurgeInput(
    makeIssue(
      "arguments",
      "values of the documented types",
      "an unreadable value (a revoked proxy or a throwing getter?)",
    ),
  );
