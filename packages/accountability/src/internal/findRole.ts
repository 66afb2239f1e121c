import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";

/**
 * The role whose id is `idOrLetter`, else the one whose letter is it (any case); none for
 * an argument that is not a string.
 *
 * @internal
 */
export const findRole = (framework: Framework, idOrLetter: string): Role | undefined => {
  if (typeof idOrLetter !== "string") return undefined;
  const letter = idOrLetter.toUpperCase();
  return (
    framework.roles.find((role) => role.id === idOrLetter) ??
    framework.roles.find((role) => role.letter.toUpperCase() === letter)
  );
};
