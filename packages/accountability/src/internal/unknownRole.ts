import { UnknownRole } from "../errors/UnknownRole";
import type { Framework } from "../framework/Framework";

/** Roles named in the error before "… and N more": the error stays small for any framework. */
const listed = 20;

/**
 * The {@link UnknownRole} error for `idOrLetter`, listing the framework's ids (the first
 * 20, then how many more).
 *
 * @internal
 */
export const unknownRole = (framework: Framework, idOrLetter: string, path: string): UnknownRole => {
  const received = typeof idOrLetter === "string" ? JSON.stringify(idOrLetter) : `a ${typeof idOrLetter}`;
  const names = framework.roles.slice(0, listed).map((role) => `${role.id} (${role.letter})`);
  const more = framework.roles.length > listed ? `, … and ${framework.roles.length - listed} more` : "";
  return new UnknownRole({
    message: `unknown role ${received}: expected a role id or letter of the framework`,
    path,
    expected: `one of ${names.join(", ")}${more}`,
    received,
  });
};
