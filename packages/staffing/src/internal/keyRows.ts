import type { SummaryDimension } from "../summary/SummaryDimension";
import type { ResolvedTable } from "./ResolvedTable";
import type { RowTally } from "./RowTally";
import { keyOf, orderKeys } from "./rowKeys";

/**
 * The rows of a summary by a dimension other than unit, in time linear in the table: each
 * line belongs to one row; each count's filled posts settle a row that holds all of its
 * posts, or all of them filled or vacant, and leave any other row it touches undetermined.
 *
 * @internal
 */
export const keyRows = (table: ResolvedTable, by: Exclude<SummaryDimension, "unit">): Array<RowTally> => {
  const keys = table.lines.map((line) => keyOf(line, by));
  const rows = new Map<string, { authorized: number; filled: number; settled: boolean }>();
  table.lines.forEach((line, i) => {
    const key = keys[i] ?? "";
    const row = rows.get(key) ?? { authorized: 0, filled: 0, settled: true };
    row.authorized += line.count;
    if (line.filled !== undefined) row.filled += line.filled;
    rows.set(key, row);
  });
  for (const atom of table.atoms) {
    const inside = new Map<string, number>();
    for (const i of atom.lines) {
      const count = table.lines[i]?.count ?? 0;
      if (count > 0) inside.set(keys[i] ?? "", (inside.get(keys[i] ?? "") ?? 0) + count);
    }
    for (const [key, posts] of inside) {
      const row = rows.get(key);
      if (row === undefined) continue;
      if (atom.filled === undefined) row.settled = false;
      else if (posts === atom.size) row.filled += atom.filled;
      else if (atom.filled === atom.size) row.filled += posts;
      else if (atom.filled !== 0) row.settled = false;
    }
  }
  return orderKeys(new Set(rows.keys()), by).map((key) => {
    const row = rows.get(key) ?? { authorized: 0, filled: 0, settled: true };
    return { key, label: key, depth: 0, authorized: row.authorized, filled: row.settled ? row.filled : undefined };
  });
};
