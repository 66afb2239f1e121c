import type { Unit } from "../unit/Unit";
import type { Atom } from "./Atom";
import type { Line } from "./Line";

/**
 * A validated staffing table. Units are in tree order (preorder: roots, then each unit's
 * children, in the order given) and known by their position in it: the units under the
 * unit at `i` are those at `i` to `end[i]`, so that a roll-up needs no set per unit.
 *
 * @internal
 */
export interface ResolvedTable {
  /** Units in tree order, with their depth (0 for a root). */
  readonly units: ReadonlyArray<{ readonly unit: Unit; readonly depth: number }>;
  /** The position of each unit's parent, -1 for a root. */
  readonly parent: Int32Array;
  /** The position of the last unit under each unit (itself when it has none). */
  readonly end: Int32Array;
  /** The lines (posts and groups, merged where nothing tells them apart). */
  readonly lines: ReadonlyArray<Line>;
  /** The position of each line's unit. */
  readonly lineUnit: Int32Array;
  /** The count-only incumbency, resolved into atoms. */
  readonly atoms: ReadonlyArray<Atom>;
}
