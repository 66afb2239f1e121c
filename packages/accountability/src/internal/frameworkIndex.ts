import type { Framework } from "../framework/Framework";
import type { Role } from "../framework/Role";

/**
 * Each role of a framework by id, with its index (the first role of an id, when ids repeat).
 *
 * @internal
 */
export const frameworkIndex = (
  framework: Framework,
): ReadonlyMap<string, { readonly role: Role; readonly index: number }> => {
  const index = new Map<string, { readonly role: Role; readonly index: number }>();
  framework.roles.forEach((role, position) => {
    if (!index.has(role.id)) index.set(role.id, { role, index: position });
  });
  return index;
};
