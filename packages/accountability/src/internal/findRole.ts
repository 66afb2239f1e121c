import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";

/**
 * A lookup of a framework's roles built once (time linear in its roles): the role whose
 * id is `idOrLetter`, else the one whose letter is it (any case), the first such role when
 * several match; none for an argument that is not a string. For a caller that looks up
 * many roles in the same framework, where a scan per lookup would be quadratic.
 *
 * @internal
 */
export const roleFinder = (framework: Framework): ((idOrLetter: string) => Role | undefined) => {
  const byId = new Map<string, Role>();
  const byLetter = new Map<string, Role>();
  for (const role of framework.roles) {
    if (!byId.has(role.id)) byId.set(role.id, role);
    const letter = role.letter.toUpperCase();
    if (!byLetter.has(letter)) byLetter.set(letter, role);
  }
  return (idOrLetter) =>
    typeof idOrLetter !== "string" ? undefined : (byId.get(idOrLetter) ?? byLetter.get(idOrLetter.toUpperCase()));
};

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
