import type * as z from "zod";
import type { UnitIdSchema } from "./UnitIdSchema";

/**
 * The id of an organizational unit (a DSS division, section or service), branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link UnitIdSchema}.
 *
 * @example
 * ```ts
 * import { type UnitId } from "@unsms/core"
 * import { decode, UnitIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: UnitId = Result.getOrThrow(decode(UnitIdSchema, "DRO"))
 * console.log(id) // "DRO"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type UnitId = z.infer<typeof UnitIdSchema>;
