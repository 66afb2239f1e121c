import { UnknownRole } from "../errors/UnknownRole";
import type { Framework } from "../framework/Framework";

/**
 * The {@link UnknownRole} error for `idOrLetter`, listing the framework's ids.
 *
 * @internal
 */
export const unknownRole = (framework: Framework, idOrLetter: string, path: string): UnknownRole =>
  new UnknownRole({
    message: `unknown role ${JSON.stringify(idOrLetter)}: expected a role id or letter of the framework`,
    path,
    expected: `one of ${framework.roles.map((role) => `${role.id} (${role.letter})`).join(", ")}`,
    received: JSON.stringify(idOrLetter),
  });
