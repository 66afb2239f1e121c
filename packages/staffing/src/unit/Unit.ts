import { type Citation, type UnitId } from "@unsms/core";
import { UnitIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { CitationSchema } from "@unsms/core/schema";

/**
 * Schema of an organizational unit: its id, name and parent (`null` for a root). The units
 * of a staffing table form a tree (a forest when there are several roots).
 *
 * @example
 * ```ts
 * import { UnitSchema } from "@unsms/staffing"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const unit = decode(UnitSchema, { id: "FSS", name: "Field Support Service", parent: "DSS-HQ" })
 * console.log(Result.isSuccess(unit)) // true
 * ```
 *
 * @category units
 * @since 0.1.0
 */
export const UnitSchema = z.strictObject({
  id: UnitIdSchema,
  name: z.string().min(1).max(200),
  parent: UnitIdSchema.nullable(),
  citation: CitationSchema.optional(),
});

/**
 * An organizational unit (see {@link UnitSchema}).
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
