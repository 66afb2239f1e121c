import type { Framework } from "../framework/Framework";

/**
 * The cycle that following first lines of accountability from `startId` runs into, as
 * the ids on the cycle in order (starting from the first one reached), or `undefined`
 * when the walk reaches the apex or stops at a missing line or role.
 *
 * @internal
 */
export const findCycle = (framework: Framework, startId: string): ReadonlyArray<string> | undefined => {
  const next = new Map(framework.roles.map((role) => [role.id, role.accountableTo[0]?.to] as const));
  const path: Array<string> = [];
  let current: string | undefined = startId;
  while (current !== undefined && next.has(current)) {
    const seen = path.indexOf(current);
    if (seen >= 0) return path.slice(seen);
    path.push(current);
    current = next.get(current);
  }
  return undefined;
};
