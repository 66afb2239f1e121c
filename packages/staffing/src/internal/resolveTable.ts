import type { Issue, UnitId } from "@unsms/core";
import * as Result from "effect/Result";
import { InvalidStaffingTable } from "../errors/InvalidStaffingTable";
import { fundingSources } from "../post/FundingSource";
import type { StaffingTable } from "../table/StaffingTable";
import type { Unit } from "../unit/Unit";
import type { Atom } from "./Atom";
import { issueFailure } from "./issueFailure";
import type { Line } from "./Line";
import { paintedRanges } from "./paintedRanges";
import type { ResolvedTable } from "./ResolvedTable";

const issue = (path: string, expected: string, received: string, message: string): Issue => ({
  path,
  expected,
  received,
  message,
});

/** A unit or post id that an earlier unit or post of the table already has. */
const listedTwice = (path: string, kind: "unit" | "post", id: string): Issue =>
  issue(
    path,
    `a ${kind} id not used before`,
    JSON.stringify(id),
    `${path}: ${kind} ${JSON.stringify(id)} is listed twice`,
  );

/** A reference to a unit the table does not list. */
const unknownUnit = (path: string, id: string | null, expected = "the id of a listed unit"): Issue =>
  issue(path, expected, JSON.stringify(id), `${path}: unknown unit ${JSON.stringify(id)}`);

interface Tree {
  readonly ordered: Array<{ unit: Unit; depth: number }>;
  readonly parent: Int32Array;
  readonly end: Int32Array;
  /** Each unit's position in tree order; units on a cycle have none. */
  readonly position: ReadonlyMap<UnitId, number>;
  /** Every unit listed (the first of two with one id). */
  readonly known: ReadonlyMap<UnitId, Unit>;
}

/** The units in tree order, walked with an explicit stack: any depth, no recursion. */
const orderUnits = (units: ReadonlyArray<Unit>, issues: Array<Issue>): Tree => {
  const known = new Map<UnitId, Unit>();
  units.forEach((unit, index) => {
    if (known.has(unit.id)) issues.push(listedTwice(`$.units[${index}].id`, "unit", unit.id));
    else known.set(unit.id, unit);
  });
  const children = new Map<UnitId | null, Array<Unit>>();
  units.forEach((unit, index) => {
    if (known.get(unit.id) !== unit) return;
    let parent = unit.parent;
    if (parent !== null && !known.has(parent)) {
      issues.push(unknownUnit(`$.units[${index}].parent`, parent, "the id of a listed unit, or null"));
      parent = null;
    }
    const siblings = children.get(parent);
    if (siblings === undefined) children.set(parent, [unit]);
    else siblings.push(unit);
  });
  const ordered: Array<{ unit: Unit; depth: number }> = [];
  const parents: Array<number> = [];
  const position = new Map<UnitId, number>();
  const stack: Array<{ unit: Unit; depth: number; parent: number }> = [];
  const pushChildren = (id: UnitId | null, depth: number, parent: number): void => {
    const list = children.get(id) ?? [];
    for (let k = list.length - 1; k >= 0; k -= 1) {
      const unit = list[k];
      if (unit !== undefined) stack.push({ unit, depth, parent });
    }
  };
  pushChildren(null, 0, -1);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const here = ordered.length;
    position.set(next.unit.id, here);
    ordered.push({ unit: next.unit, depth: next.depth });
    parents.push(next.parent);
    pushChildren(next.unit.id, next.depth + 1, here);
  }
  units.forEach((unit, index) => {
    if (known.get(unit.id) === unit && !position.has(unit.id)) {
      issues.push(
        issue(
          `$.units[${index}].parent`,
          "a parent chain that ends at a root (parent null)",
          JSON.stringify(unit.parent),
          `$.units[${index}]: unit ${JSON.stringify(unit.id)} is part of a cycle`,
        ),
      );
    }
  });
  const parent = Int32Array.from(parents);
  // In tree order a unit's descendants follow it; the last of them ends its range.
  const end = Int32Array.from(parents, (_, i) => i);
  for (let i = ordered.length - 1; i > 0; i -= 1) {
    const p = parent[i] ?? -1;
    if (p >= 0) end[p] = Math.max(end[p] ?? p, end[i] ?? i);
  }
  return { ordered, parent, end, position, known };
};

const collectLines = (table: StaffingTable, known: ReadonlyMap<UnitId, unknown>, issues: Array<Issue>): Array<Line> => {
  const lines: Array<Line> = [];
  const ids = new Set<string>();
  (table.posts ?? []).forEach((post, index) => {
    if (ids.has(post.id)) issues.push(listedTwice(`$.posts[${index}].id`, "post", post.id));
    ids.add(post.id);
    if (!known.has(post.unit)) issues.push(unknownUnit(`$.posts[${index}].unit`, post.unit));
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
    if (!known.has(group.unit)) issues.push(unknownUnit(`$.groups[${index}].unit`, group.unit));
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

/** The four funding classes of a line: the three sources, then none given. */
const fundingClass = (line: Line): number =>
  line.funding === undefined ? fundingSources.length : fundingSources.indexOf(line.funding);

interface Scope {
  readonly index: number;
  readonly filled: number;
  /** The positions it covers: up to one range per funding class, none empty. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  readonly size: number;
}

/**
 * Resolves the incumbency counts into atoms in O((lines + counts) log lines). Lines are
 * placed in order of funding class, then tree order, so that the posts a count covers are
 * one range per funding class; counts are then taken from the largest to the smallest and
 * painted over their ranges: a count whose ranges hold more than one earlier count (or an
 * earlier count and nothing) partly overlaps another, and the count it lies on is its parent.
 */
const resolveAtoms = (
  table: StaffingTable,
  lines: ReadonlyArray<Line>,
  tree: Tree,
  lineUnit: Int32Array,
  issues: Array<Issue>,
): Array<Atom> => {
  const classes = fundingSources.length + 1;
  const order = lines
    .map((_, i) => i)
    .sort((a, b) => {
      const byClass = fundingClass(lines[a] as Line) - fundingClass(lines[b] as Line);
      return byClass !== 0 ? byClass : (lineUnit[a] ?? 0) - (lineUnit[b] ?? 0) || a - b;
    });
  const unitAt = Int32Array.from(order, (line) => lineUnit[line] ?? 0);
  const classStart = new Array<number>(classes + 1).fill(lines.length);
  for (let p = order.length - 1; p >= 0; p -= 1) classStart[fundingClass(lines[order[p] ?? 0] as Line)] = p;
  for (let k = classes - 1; k >= 0; k -= 1)
    classStart[k] = Math.min(classStart[k] ?? lines.length, classStart[k + 1] ?? lines.length);
  /** The first position from `low` to `high` whose unit is at least `unit`. */
  const firstFrom = (low: number, high: number, unit: number): number => {
    let [lo, hi] = [low, high];
    while (lo < hi) {
      const middle = (lo + hi) >> 1;
      if ((unitAt[middle] ?? 0) < unit) lo = middle + 1;
      else hi = middle;
    }
    return lo;
  };
  const scopes: Array<Scope> = [];
  const byRanges = new Map<string, Scope>();
  (table.fillCounts ?? []).forEach((count, index) => {
    const unit = tree.position.get(count.unit);
    if (unit === undefined) {
      issues.push(unknownUnit(`$.fillCounts[${index}].unit`, count.unit));
      return;
    }
    const last = tree.end[unit] ?? unit;
    const ranges: Array<readonly [number, number]> = [];
    for (let k = 0; k < classes; k += 1) {
      if (count.funding !== undefined && k !== fundingSources.indexOf(count.funding)) continue;
      const [low, high] = [classStart[k] ?? 0, classStart[k + 1] ?? 0];
      const from = firstFrom(low, high, unit);
      const to = firstFrom(from, high, last + 1);
      if (from < to) ranges.push([from, to]);
    }
    const key = ranges.map(([from, to]) => `${from}-${to}`).join(",");
    const duplicate = byRanges.get(key);
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
    const scope = { index, filled: count.filled, ranges, size: ranges.reduce((sum, [from, to]) => sum + to - from, 0) };
    byRanges.set(key, scope);
    scopes.push(scope);
  });
  const painted = paintedRanges(lines.length);
  const parentOf = new Map<Scope, number>();
  const largestFirst = scopes.map((_, k) => k).sort((a, b) => (scopes[b]?.size ?? 0) - (scopes[a]?.size ?? 0) || a - b);
  for (const k of largestFirst) {
    const scope = scopes[k] as Scope;
    const under = new Set(scope.ranges.map(([from, to]) => painted.valueOf(from, to)));
    const [parent] = under;
    if (under.size > 1 || parent === -2) {
      issues.push(
        issue(
          `$.fillCounts[${scope.index}]`,
          "posts nested in or apart from those of every other count",
          "posts that partly overlap those of another count",
          `$.fillCounts[${scope.index}] counts posts that partly overlap those of another count`,
        ),
      );
      continue;
    }
    parentOf.set(scope, parent ?? -1);
    for (const [from, to] of scope.ranges) painted.paint(from, to, k);
  }
  if (issues.length > 0) return [];
  const owner = painted.values();
  const childFilled = new Array<number>(scopes.length).fill(0);
  for (const [scope, parent] of parentOf)
    if (parent >= 0) childFilled[parent] = (childFilled[parent] ?? 0) + scope.filled;
  const own = scopes.map(() => ({ knownFilled: 0, size: 0, lines: [] as Array<number> }));
  const atoms: Array<Atom> = [];
  const uncovered: Array<number> = [];
  owner.forEach((k, p) => {
    const lineIndex = order[p] ?? 0;
    const line = lines[lineIndex] as Line;
    const part = own[k];
    if (part === undefined) {
      if (line.filled === undefined) uncovered.push(lineIndex);
    } else if (line.filled === undefined) {
      part.lines.push(lineIndex);
      part.size += line.count;
    } else part.knownFilled += line.filled;
  });
  scopes.forEach((scope, k) => {
    const part = own[k] ?? { knownFilled: 0, size: 0, lines: [] };
    const low = part.knownFilled + (childFilled[k] ?? 0);
    const residual = scope.filled - low;
    if (residual < 0 || residual > part.size) {
      issues.push(
        issue(
          `$.fillCounts[${scope.index}].filled`,
          `between ${low} and ${low + part.size} (the posts and the counts under it)`,
          String(scope.filled),
          `$.fillCounts[${scope.index}].filled: ${scope.filled} filled posts cannot be: the posts and the counts under it allow ${low} to ${low + part.size}`,
        ),
      );
      return;
    }
    atoms.push({ lines: part.lines.sort((x, y) => x - y), size: part.size, filled: residual });
  });
  for (const lineIndex of uncovered.sort((x, y) => x - y))
    atoms.push({ lines: [lineIndex], size: (lines[lineIndex] as Line).count, filled: undefined });
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
 * Validates a staffing table and resolves its incumbency counts into atoms, in time
 * O(n log n) in the size of the table and with no recursion on its depth.
 *
 * @internal
 */
export const resolveTable = (table: StaffingTable): Result.Result<ResolvedTable, InvalidStaffingTable> => {
  const issues: Array<Issue> = [];
  const tree = orderUnits(table.units, issues);
  const lines = mergeLines(collectLines(table, tree.known, issues));
  const lineUnit = Int32Array.from(lines, (line) => tree.position.get(line.unit) ?? -1);
  const atoms = issues.length === 0 ? resolveAtoms(table, lines, tree, lineUnit, issues) : [];
  if (issues.length > 0) return Result.fail(new InvalidStaffingTable(issueFailure("the staffing table", issues)));
  return Result.succeed({ units: tree.ordered, parent: tree.parent, end: tree.end, lines, lineUnit, atoms });
};
