import { makeIssue } from "@unsms/core";
import { InvalidPresenceInput } from "../errors/InvalidPresenceInput";

/**
 * The {@link InvalidPresenceInput} for one problem, built the one way core builds issues.
 *
 * @internal
 */
export const invalidInput = (path: string, expected: string, received: string): InvalidPresenceInput =>
  new InvalidPresenceInput(makeIssue(path, expected, received));
