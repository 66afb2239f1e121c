import { describeAllowed, describeValue } from "@unsms/core";
import { UnknownRole } from "../errors/UnknownRole";
import type { Framework } from "../framework/Framework";

/**
 * The {@link UnknownRole} error for `idOrLetter`, listing the framework's roles the one way
 * core lists allowed values (`describeAllowed`: the first 12, then how many more), each as
 * its id and letter: `one of "designated-official" (E), …`.
 *
 * @internal
 */
export const unknownRole = (framework: Framework, idOrLetter: string, path: string): UnknownRole => {
  const received = describeValue(idOrLetter);
  return new UnknownRole({
    message: `unknown role ${received}: expected a role id or letter of the framework`,
    path,
    expected: describeAllowed(framework.roles, (role) => `${describeValue(role.id)} (${role.letter})`),
    received,
  });
};
