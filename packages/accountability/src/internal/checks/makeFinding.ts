import type { ViolationCode } from "../../arrangement/ViolationCode";
import type { Finding } from "./Finding";

/**
 * A finding of a check: its code, its message and the people and organizations concerned.
 *
 * @internal
 */
export const makeFinding = (
  code: ViolationCode,
  message: string,
  people: ReadonlyArray<string> = [],
  organizations: ReadonlyArray<string> = [],
): Finding => ({ code, message, people, organizations });
