import { type Citation, type UnitId } from "@unsms/core";

/**
 * An organizational unit (checked at the boundary by `UnitSchema` of `@unsms/staffing/schema`).
 *
 * @example
 * ```ts
 * import type { Unit } from "@unsms/staffing"
 * import type { UnitId } from "@unsms/core"
 *
 * const dss: Unit = { id: "DSS" as UnitId, name: "Department of Safety and Security", parent: null }
 * console.log(dss.name)
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export interface Unit {
  /** The unit's id, unique in its table. */
  readonly id: UnitId;
  /** Its name. */
  readonly name: string;
  /** The unit it is part of, `null` for a root. */
  readonly parent: UnitId | null;
  /** Where the unit is described. */
  readonly citation?: Citation | undefined;
}
