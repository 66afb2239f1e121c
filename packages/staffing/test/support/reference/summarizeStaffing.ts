// A model of summarizeStaffing for small tables, written from the definition and sharing
// no code with src: every unit's subtree by walking parent links, every pair of counts
// compared as sets, and a row's filled posts found by enumerating every incumbency the
// counts allow (each count-only line from 0 to its size, pruned as sums exceed their
// counts). A row is settled when all those truths give it the same number; the table is
// refused when its structure is broken, two counts partly overlap, or no truth fits.
// Exponential in the worst case: only for the property tests' tables (≤ 12 lines, ≤ 5 counts).
import { formatRate } from "@unsms/core";
import * as Result from "effect/Result";
import {
  categories,
  categoryOf,
  fundingSources,
  grades,
  InvalidStaffingTable,
  postStatuses,
  type StaffingSummary,
  type StaffingTable,
  type SummaryDimension,
  type SummaryRow,
  type UndeterminedRow,
} from "@unsms/staffing";

interface ModelLine {
  readonly unit: string;
  readonly grade: string | undefined;
  readonly funding: string | undefined;
  readonly status: string | undefined;
  readonly station: string | undefined;
  readonly count: number;
  readonly filled: number | undefined;
}

const undeterminedReason =
  "the filled posts among these are known only as a count for a set of posts this row cuts across, or not at all";

const refuse = (): Result.Result<never, InvalidStaffingTable> =>
  Result.fail(new InvalidStaffingTable({ message: "refused by the model", issues: [], omitted: 0 }));

/** Whether `unit` is `top` or below it, by walking up the parent links (at most one step per unit). */
const isUnder = (parents: ReadonlyMap<string, string | null>, unit: string, top: string): boolean => {
  let current: string | null = unit;
  for (let steps = 0; current !== null && steps <= parents.size; steps += 1) {
    if (current === top) return true;
    current = parents.get(current) ?? null;
  }
  return false;
};

/** Every value the sum over `row` can take, over all incumbencies the counts allow (empty: none fits). */
const possibleFills = (
  lines: ReadonlyArray<ModelLine>,
  counts: ReadonlyArray<{ readonly covers: ReadonlyArray<boolean>; readonly filled: number }>,
  row: ReadonlyArray<boolean>,
): ReadonlySet<number> => {
  // What the lines of unknown incumbency must add up to in each count.
  const targets = counts.map(({ covers, filled }) =>
    lines.reduce(
      (left, line, i) => (covers[i] === true && line.filled !== undefined ? left - line.filled : left),
      filled,
    ),
  );
  const known = lines.reduce(
    (sum, line, i) => (row[i] === true && line.filled !== undefined ? sum + line.filled : sum),
    0,
  );
  // A state: the sum so far in each count, then in the row.
  let states: Array<ReadonlyArray<number>> = [[...counts.map(() => 0), known]];
  lines.forEach((line, i) => {
    if (line.filled !== undefined) return;
    const next = new Map<string, ReadonlyArray<number>>();
    for (const state of states)
      for (let x = 0; x <= line.count; x += 1) {
        const moved = state.map((sum, k) =>
          k < counts.length ? (counts[k]?.covers[i] === true ? sum + x : sum) : row[i] === true ? sum + x : sum,
        );
        if (moved.every((sum, k) => k >= counts.length || sum <= (targets[k] ?? 0))) next.set(moved.join(","), moved);
      }
    states = [...next.values()];
  });
  const fitting = states.filter((state) => targets.every((target, k) => state[k] === target));
  return new Set(fitting.map((state) => state[counts.length] ?? 0));
};

/** The model summary of a small staffing table. */
export const referenceSummarizeStaffing = (
  table: StaffingTable,
  options: { readonly by?: SummaryDimension | undefined; readonly decimals?: number | undefined } = {},
): Result.Result<StaffingSummary, InvalidStaffingTable> => {
  const by = options.by ?? "unit";
  const decimals = options.decimals ?? 0;
  const units = table.units;
  const parents = new Map<string, string | null>();
  for (const unit of units) {
    if (parents.has(unit.id)) return refuse();
    parents.set(unit.id, unit.parent);
  }
  for (const unit of units) {
    if (unit.parent !== null && !parents.has(unit.parent)) return refuse();
    // a unit on a cycle never reaches a root
    let current: string | null = unit.id;
    for (let steps = 0; current !== null; steps += 1) {
      if (steps > units.length) return refuse();
      current = parents.get(current) ?? null;
    }
  }
  const postIds = (table.posts ?? []).map((post) => post.id);
  if (new Set(postIds).size !== postIds.length) return refuse();
  const lines: Array<ModelLine> = [
    ...(table.posts ?? []).map((post) => ({
      unit: post.unit,
      grade: post.grade,
      funding: post.funding,
      status: post.status,
      station: post.dutyStation,
      count: 1,
      filled: post.incumbent === undefined ? undefined : post.incumbent === null ? 0 : 1,
    })),
    ...(table.groups ?? []).map((group) => ({
      unit: group.unit,
      grade: group.grade,
      funding: group.funding,
      status: group.status,
      station: group.dutyStation,
      count: group.count,
      filled: group.filled,
    })),
  ];
  if (lines.some((line) => !parents.has(line.unit) || (line.filled ?? 0) > line.count)) return refuse();
  const fillCounts = table.fillCounts ?? [];
  if (fillCounts.some((count) => !parents.has(count.unit))) return refuse();
  const counts = fillCounts.map((count) => ({
    filled: count.filled,
    covers: lines.map(
      (line) =>
        isUnder(parents, line.unit, count.unit) && (count.funding === undefined || line.funding === count.funding),
    ),
  }));
  // Two counts are nested or apart: never some lines in common and some not.
  for (const a of counts)
    for (const b of counts) {
      const both = a.covers.some((x, i) => x && b.covers[i] === true);
      const aOnly = a.covers.some((x, i) => x && b.covers[i] !== true);
      const bOnly = b.covers.some((x, i) => x && a.covers[i] !== true);
      if (both && aOnly && bOnly) return refuse();
    }
  const everything = lines.map(() => true);
  if (possibleFills(lines, counts, everything).size === 0) return refuse();

  const rowsToShow: Array<{ key: string; label: string; depth: number; members: ReadonlyArray<boolean> }> = [];
  if (by === "unit") {
    const visit = (parent: string | null, depth: number): void => {
      for (const unit of units)
        if (unit.parent === parent) {
          rowsToShow.push({
            key: unit.id,
            label: unit.name,
            depth,
            members: lines.map((line) => isUnder(parents, line.unit, unit.id)),
          });
          visit(unit.id, depth + 1);
        }
    };
    visit(null, 0);
  } else {
    const keyOf = (line: ModelLine): string => {
      const value =
        by === "grade"
          ? line.grade
          : by === "category"
            ? line.grade === undefined
              ? undefined
              : categoryOf(line.grade as never)
            : by === "funding"
              ? line.funding
              : by === "status"
                ? line.status
                : line.station;
      return value ?? "unspecified";
    };
    const order: ReadonlyArray<string> | undefined =
      by === "grade"
        ? grades
        : by === "category"
          ? categories
          : by === "funding"
            ? fundingSources
            : by === "status"
              ? postStatuses
              : undefined;
    const rank = (key: string): number => (key === "unspecified" ? Infinity : (order?.indexOf(key) ?? 0));
    const keys = [...new Set(lines.map(keyOf))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys)
      rowsToShow.push({ key, label: key, depth: 0, members: lines.map((line) => keyOf(line) === key) });
  }
  rowsToShow.push({ key: "total", label: "total", depth: 0, members: everything });

  const rows: Array<SummaryRow> = [];
  const undetermined: Array<UndeterminedRow> = [];
  for (const { key, label, depth, members } of rowsToShow) {
    const authorized = lines.reduce((sum, line, i) => (members[i] === true ? sum + line.count : sum), 0);
    if (authorized === 0) continue;
    const possible = [...possibleFills(lines, counts, members)];
    const [filled] = possible;
    if (possible.length !== 1 || filled === undefined) {
      undetermined.push({ key, label, depth, authorized, reason: undeterminedReason });
      continue;
    }
    const rate = (part: number): string =>
      formatRate({ numerator: BigInt(part), denominator: BigInt(authorized) }, decimals);
    const vacant = authorized - filled;
    rows.push({ key, label, depth, authorized, filled, vacant, fillRate: rate(filled), vacancyRate: rate(vacant) });
  }
  return Result.succeed({ by, decimals, rows, undetermined });
};
