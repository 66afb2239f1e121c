import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";

/**
 * The role whose id is `idOrLetter`, else the one whose letter is it (any case).
 *
 * @internal
 */
export const findRole = (framework: Framework, idOrLetter: string): Role | undefined =>
  framework.roles.find((role) => role.id === idOrLetter) ??
  framework.roles.find((role) => role.letter.toUpperCase() === idOrLetter.toUpperCase());
