import { lowestCommonAncestor } from "./ancestors";
import type { ResolvedTable } from "./ResolvedTable";
import type { RowTally } from "./RowTally";

/**
 * The rows of a summary by unit — each unit with the units under it, in tree order — in
 * time linear in the table (n log n where counts are cut): every figure is put on the unit
 * it belongs to, then added up from the leaves to the roots, once. A count's filled posts
 * settle the units that hold all its posts (its posts' lowest common ancestor and the units
 * above); a unit that holds only some of them, unless they are all filled or all vacant,
 * is undetermined, as is any unit holding posts no count covers.
 *
 * @internal
 */
export const unitRows = (table: ResolvedTable): Array<RowTally> => {
  const n = table.units.length;
  const authorized = new Float64Array(n);
  const filled = new Float64Array(n);
  /** Posts under the unit no count covers. */
  const uncovered = new Float64Array(n);
  /** Counts the unit cuts across: > 0 once added up. */
  const cut = new Float64Array(n);
  table.lines.forEach((line, i) => {
    const unit = table.lineUnit[i] ?? 0;
    authorized[unit] = (authorized[unit] ?? 0) + line.count;
    if (line.filled !== undefined) filled[unit] = (filled[unit] ?? 0) + line.filled;
  });
  let ancestor: ((a: number, b: number) => number) | undefined;
  for (const atom of table.atoms) {
    const units = atom.lines.filter((i) => (table.lines[i]?.count ?? 0) > 0).map((i) => table.lineUnit[i] ?? 0);
    if (units.length === 0 || atom.filled === 0) continue;
    if (atom.filled === undefined) {
      for (const unit of units) uncovered[unit] = (uncovered[unit] ?? 0) + 1;
    } else if (atom.filled === atom.size) {
      for (const i of atom.lines) {
        const unit = table.lineUnit[i] ?? 0;
        filled[unit] = (filled[unit] ?? 0) + (table.lines[i]?.count ?? 0);
      }
    } else {
      ancestor ??= lowestCommonAncestor(table.parent, table.end);
      const [first, last] = minMax(units);
      const top = ancestor(first, last);
      for (const unit of units) cut[unit] = (cut[unit] ?? 0) + 1;
      if (top >= 0) {
        cut[top] = (cut[top] ?? 0) - units.length;
        filled[top] = (filled[top] ?? 0) + atom.filled;
      }
    }
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    const p = table.parent[i] ?? -1;
    if (p < 0) continue;
    authorized[p] = (authorized[p] ?? 0) + (authorized[i] ?? 0);
    filled[p] = (filled[p] ?? 0) + (filled[i] ?? 0);
    uncovered[p] = (uncovered[p] ?? 0) + (uncovered[i] ?? 0);
    cut[p] = (cut[p] ?? 0) + (cut[i] ?? 0);
  }
  return table.units.map(({ unit, depth }, i) => ({
    key: unit.id,
    label: unit.name,
    depth,
    authorized: authorized[i] ?? 0,
    filled: (uncovered[i] ?? 0) > 0 || (cut[i] ?? 0) > 0 ? undefined : (filled[i] ?? 0),
  }));
};

/** The smallest and the largest of a list, without spreading it into arguments. */
const minMax = (values: ReadonlyArray<number>): [number, number] => {
  let [low, high] = [Infinity, -Infinity];
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
};
