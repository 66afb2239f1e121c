import type { Issue, UnitId } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidStaffingTable } from "@unsms/staffing";
import type { StaffingTable } from "@unsms/staffing";
import type { Unit } from "@unsms/staffing";
import type { Atom } from "./Atom";
import type { Line } from "./Line";
import type { ResolvedTable } from "./ResolvedTable";

const issue = (path: string, expected: string, received: string, message: string): Issue => ({
  path,
  expected,
  received,
  message,
});

const orderUnits = (
  units: ReadonlyArray<Unit>,
  issues: Array<Issue>,
): { ordered: Array<{ unit: Unit; depth: number }>; subtree: Map<UnitId, Set<UnitId>> } => {
  const byId = new Map<UnitId, Unit>();
  units.forEach((unit, index) => {
    if (byId.has(unit.id))
      issues.push(
        issue(
          `$.units[${index}].id`,
          "a unit id not used before",
          JSON.stringify(unit.id),
          `$.units[${index}].id: unit ${JSON.stringify(unit.id)} is listed twice`,
        ),
      );
    else byId.set(unit.id, unit);
  });
  const children = new Map<UnitId | null, Array<Unit>>();
  units.forEach((unit, index) => {
    if (byId.get(unit.id) !== unit) return;
    let parent = unit.parent;
    if (parent !== null && !byId.has(parent)) {
      issues.push(
        issue(
          `$.units[${index}].parent`,
          "the id of a listed unit, or null",
          JSON.stringify(parent),
          `$.units[${index}].parent: unknown unit ${JSON.stringify(parent)}`,
        ),
      );
      parent = null;
    }
    const siblings = children.get(parent) ?? [];
    siblings.push(unit);
    children.set(parent, siblings);
  });
  const ordered: Array<{ unit: Unit; depth: number }> = [];
  const subtree = new Map<UnitId, Set<UnitId>>();
  const visit = (unit: Unit, depth: number): Set<UnitId> => {
    ordered.push({ unit, depth });
    const below = new Set<UnitId>([unit.id]);
    for (const child of children.get(unit.id) ?? []) for (const id of visit(child, depth + 1)) below.add(id);
    subtree.set(unit.id, below);
    return below;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  units.forEach((unit, index) => {
    if (byId.get(unit.id) === unit && !subtree.has(unit.id)) {
      issues.push(
        issue(
          `$.units[${index}].parent`,
          "a parent chain that ends at a root (parent null)",
          JSON.stringify(unit.parent),
          `$.units[${index}]: unit ${JSON.stringify(unit.id)} is part of a cycle`,
        ),
      );
      subtree.set(unit.id, new Set([unit.id]));
    }
  });
  return { ordered, subtree };
};

const collectLines = (table: StaffingTable, known: ReadonlyMap<UnitId, unknown>, issues: Array<Issue>): Array<Line> => {
  const lines: Array<Line> = [];
  const ids = new Set<string>();
  (table.posts ?? []).forEach((post, index) => {
    if (ids.has(post.id))
      issues.push(
        issue(
          `$.posts[${index}].id`,
          "a post id not used before",
          JSON.stringify(post.id),
          `$.posts[${index}].id: post ${JSON.stringify(post.id)} is listed twice`,
        ),
      );
    ids.add(post.id);
    if (!known.has(post.unit))
      issues.push(
        issue(
          `$.posts[${index}].unit`,
          "the id of a listed unit",
          JSON.stringify(post.unit),
          `$.posts[${index}].unit: unknown unit ${JSON.stringify(post.unit)}`,
        ),
      );
    lines.push({
      unit: post.unit,
      grade: post.grade,
      funding: post.funding,
      status: post.status,
      dutyStation: post.dutyStation,
      count: 1,
      filled: post.incumbent === undefined ? undefined : post.incumbent === null ? 0 : 1,
    });
  });
  (table.groups ?? []).forEach((group, index) => {
    if (!known.has(group.unit))
      issues.push(
        issue(
          `$.groups[${index}].unit`,
          "the id of a listed unit",
          JSON.stringify(group.unit),
          `$.groups[${index}].unit: unknown unit ${JSON.stringify(group.unit)}`,
        ),
      );
    if (group.filled !== undefined && group.filled > group.count)
      issues.push(
        issue(
          `$.groups[${index}].filled`,
          `at most ${group.count}`,
          String(group.filled),
          `$.groups[${index}].filled: more filled posts than posts`,
        ),
      );
    lines.push({
      unit: group.unit,
      grade: group.grade,
      funding: group.funding,
      status: group.status,
      dutyStation: group.dutyStation,
      count: group.count,
      filled: group.filled,
    });
  });
  return lines;
};

interface Scope {
  readonly index: number;
  readonly filled: number;
  readonly lines: ReadonlySet<number>;
}

const isSubset = (small: ReadonlySet<number>, big: ReadonlySet<number>): boolean => {
  for (const item of small) if (!big.has(item)) return false;
  return true;
};

const intersects = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => {
  for (const item of a) if (b.has(item)) return true;
  return false;
};

const resolveAtoms = (
  table: StaffingTable,
  lines: ReadonlyArray<Line>,
  subtree: ReadonlyMap<UnitId, ReadonlySet<UnitId>>,
  issues: Array<Issue>,
): Array<Atom> => {
  const scopes: Array<Scope> = [];
  (table.fillCounts ?? []).forEach((count, index) => {
    const units = subtree.get(count.unit);
    if (units === undefined) {
      issues.push(
        issue(
          `$.fillCounts[${index}].unit`,
          "the id of a listed unit",
          JSON.stringify(count.unit),
          `$.fillCounts[${index}].unit: unknown unit ${JSON.stringify(count.unit)}`,
        ),
      );
      return;
    }
    const covered = new Set<number>();
    lines.forEach((line, lineIndex) => {
      if (units.has(line.unit) && (count.funding === undefined || line.funding === count.funding))
        covered.add(lineIndex);
    });
    const duplicate = scopes.find((scope) => scope.lines.size === covered.size && isSubset(covered, scope.lines));
    if (duplicate !== undefined) {
      if (duplicate.filled !== count.filled)
        issues.push(
          issue(
            `$.fillCounts[${index}].filled`,
            `${duplicate.filled}, as $.fillCounts[${duplicate.index}] says of the same posts`,
            String(count.filled),
            `$.fillCounts[${index}].filled: contradicts $.fillCounts[${duplicate.index}], which counts the same posts`,
          ),
        );
      return;
    }
    scopes.push({ index, filled: count.filled, lines: covered });
  });
  for (const [i, a] of scopes.entries())
    for (const b of scopes.slice(i + 1))
      if (intersects(a.lines, b.lines) && !isSubset(a.lines, b.lines) && !isSubset(b.lines, a.lines))
        issues.push(
          issue(
            `$.fillCounts[${b.index}]`,
            `posts nested in or apart from those of $.fillCounts[${a.index}]`,
            "posts that partly overlap them",
            `$.fillCounts[${b.index}] and $.fillCounts[${a.index}] count posts that partly overlap`,
          ),
        );
  if (issues.length > 0) return [];
  const parentOf = (scope: Scope): Scope | undefined =>
    scopes
      .filter((other) => other !== scope && other.lines.size > scope.lines.size && isSubset(scope.lines, other.lines))
      .reduce<Scope | undefined>(
        (best, other) => (best === undefined || other.lines.size < best.lines.size ? other : best),
        undefined,
      );
  const parents = new Map(scopes.map((scope) => [scope, parentOf(scope)] as const));
  const atoms: Array<Atom> = [];
  const covered = new Set<number>();
  for (const scope of scopes) {
    const children = scopes.filter((other) => parents.get(other) === scope);
    const inChild = new Set(children.flatMap((child) => [...child.lines]));
    let knownFilled = 0;
    let size = 0;
    const own: Array<number> = [];
    for (const lineIndex of scope.lines) {
      covered.add(lineIndex);
      if (inChild.has(lineIndex)) continue;
      const line = lines[lineIndex];
      if (line === undefined) continue;
      if (line.filled === undefined) {
        own.push(lineIndex);
        size += line.count;
      } else knownFilled += line.filled;
    }
    const residual = scope.filled - knownFilled - children.reduce((sum, child) => sum + child.filled, 0);
    if (residual < 0 || residual > size) {
      const low = scope.filled - residual;
      issues.push(
        issue(
          `$.fillCounts[${scope.index}].filled`,
          `between ${low} and ${low + size} (the posts and the counts under it)`,
          String(scope.filled),
          `$.fillCounts[${scope.index}].filled: ${scope.filled} filled posts cannot be: the posts and the counts under it allow ${low} to ${low + size}`,
        ),
      );
      continue;
    }
    atoms.push({ lines: own.sort((x, y) => x - y), size, filled: residual });
  }
  lines.forEach((line, lineIndex) => {
    if (line.filled === undefined && !covered.has(lineIndex))
      atoms.push({ lines: [lineIndex], size: line.count, filled: undefined });
  });
  return atoms;
};

/**
 * Merges lines that no dimension or count can tell apart (same unit, grade, funding,
 * status, station, and incumbency known or not), so that large tables of posts one by one
 * roll up as fast as groups.
 */
const mergeLines = (lines: ReadonlyArray<Line>): Array<Line> => {
  const merged = new Map<string, Line>();
  for (const line of lines) {
    const key = `${line.unit}\u0000${line.grade ?? ""}\u0000${line.funding ?? ""}\u0000${line.status ?? ""}\u0000${line.dutyStation ?? "\u0001"}\u0000${line.filled === undefined ? "?" : "!"}`;
    const seen = merged.get(key);
    merged.set(
      key,
      seen === undefined
        ? line
        : {
            ...seen,
            count: seen.count + line.count,
            filled: seen.filled === undefined || line.filled === undefined ? undefined : seen.filled + line.filled,
          },
    );
  }
  return [...merged.values()];
};

/**
 * Validates a staffing table and resolves its incumbency counts into atoms.
 *
 * @internal
 */
export const resolveTable = (table: StaffingTable): Result.Result<ResolvedTable, InvalidStaffingTable> => {
  const issues: Array<Issue> = [];
  const { ordered, subtree } = orderUnits(table.units, issues);
  const lines = mergeLines(collectLines(table, subtree, issues));
  const atoms = issues.length === 0 ? resolveAtoms(table, lines, subtree, issues) : [];
  if (issues.length > 0) {
    const [first] = issues;
    return Result.fail(
      new InvalidStaffingTable({
        message: `${issues.length === 1 ? "1 problem" : `${issues.length} problems`} in the staffing table; first: ${first?.message ?? ""}`,
        issues,
        omitted: 0,
      }),
    );
  }
  return Result.succeed({ units: ordered, subtree, lines, atoms });
};
