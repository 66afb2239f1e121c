import * as z from "zod";
import { UnitIdSchema, CitationSchema } from "@unsms/core/schema";

/**
 * Schema of an organizational unit: its id, name and parent (`null` for a root). The units
 * of a staffing table form a tree (a forest when there are several roots).
 *
 * @example
 * ```ts
 * import { UnitSchema } from "@unsms/staffing/schema"
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
