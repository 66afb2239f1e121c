import type { ResolvedTable } from "./ResolvedTable";

/**
 * The number of filled posts among the lines selected by `inRow`, or `undefined` when the
 * counts do not settle it: an atom the row cuts across whose posts are neither all filled
 * nor all vacant, or posts no count covers.
 *
 * @internal
 */
export const fillOfRow = (table: ResolvedTable, inRow: ReadonlyArray<boolean>): number | undefined => {
  let filled = 0;
  table.lines.forEach((line, index) => {
    if (inRow[index] === true && line.filled !== undefined) filled += line.filled;
  });
  for (const atom of table.atoms) {
    let inside = 0;
    for (const index of atom.lines) if (inRow[index] === true) inside += table.lines[index]?.count ?? 0;
    if (inside === 0) continue;
    if (atom.filled === undefined) return undefined;
    if (inside === atom.size) filled += atom.filled;
    else if (atom.filled === atom.size) filled += inside;
    else if (atom.filled !== 0) return undefined;
  }
  return filled;
};
