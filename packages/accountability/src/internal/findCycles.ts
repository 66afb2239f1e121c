import type { Framework } from "../framework/Framework";
import type { OrganizationKind } from "../framework/OrganizationKind";
import { frameworkIndex } from "./frameworkIndex";
import { primaryLine } from "./primaryLine";

const kinds: ReadonlyArray<OrganizationKind | undefined> = [
  undefined,
  "secretariat",
  "fund-or-programme",
  "specialized-agency",
  "other",
];

/**
 * Every cycle of primary lines in a framework, for any organization kind (and none): each
 * as the role indexes on it, starting from its lowest, with the index of the line that
 * closes it; sorted by that first role. Linear in the roles and lines: each role is
 * walked once per kind (a path is marked while it is walked, then finished), so a
 * 6 000-role chain or 20 000 flat roles cost a few passes, not a square.
 *
 * @internal
 */
export const findCycles = (
  framework: Framework,
): ReadonlyArray<{ readonly roles: ReadonlyArray<number>; readonly line: number }> => {
  const index = frameworkIndex(framework);
  const roles = framework.roles;
  const found = new Map<string, { readonly roles: ReadonlyArray<number>; readonly line: number }>();
  for (const kind of kinds) {
    // next[i]: the role index the primary line of role i leads to (-1: the apex, or a line that ends a chain)
    const next = new Int32Array(roles.length).fill(-1);
    const lineOf = new Int32Array(roles.length).fill(0);
    roles.forEach((role, position) => {
      if (index.get(role.id)?.index !== position) return; // a repeated id is reported as a duplicate
      const primary = primaryLine(role, kind);
      if (primary === undefined || primary.line.kind === "recognizes-coordination" || primary.line.kind === "advises")
        return;
      next[position] = index.get(primary.line.to)?.index ?? -1;
      lineOf[position] = primary.index;
    });
    const state = new Uint8Array(roles.length); // 0 new, 1 on the current path, 2 done
    const path: Array<number> = [];
    for (let start = 0; start < roles.length; start += 1) {
      let current = start;
      while (current >= 0 && state[current] === 0) {
        state[current] = 1;
        path.push(current);
        current = next[current]!;
      }
      if (current >= 0 && state[current] === 1) {
        const cycle = path.slice(path.indexOf(current));
        let lowest = 0;
        for (let at = 1; at < cycle.length; at += 1) if (cycle[at]! < cycle[lowest]!) lowest = at;
        const rotated = [...cycle.slice(lowest), ...cycle.slice(0, lowest)];
        const key = [...rotated].sort((a, b) => a - b).join(" ");
        if (!found.has(key)) found.set(key, { roles: rotated, line: lineOf[rotated[0]!]! });
      }
      for (const visited of path) state[visited] = 2;
      path.length = 0;
    }
  }
  return [...found.values()].sort((a, b) => a.roles[0]! - b.roles[0]!);
};
