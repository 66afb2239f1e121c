import type { UnitId } from "@unsms/core";
import type { Unit } from "@unsms/staffing";
import type { Atom } from "./Atom";
import type { Line } from "./Line";

/**
 * A validated staffing table: units in tree order with their depth and subtree, the lines,
 * and the atoms of count-only incumbency.
 *
 * @internal
 */
export interface ResolvedTable {
  readonly units: ReadonlyArray<{ readonly unit: Unit; readonly depth: number }>;
  readonly subtree: ReadonlyMap<UnitId, ReadonlySet<UnitId>>;
  readonly lines: ReadonlyArray<Line>;
  readonly atoms: ReadonlyArray<Atom>;
}
