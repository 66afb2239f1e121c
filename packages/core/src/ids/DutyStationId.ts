import type * as z from "zod";
import type { DutyStationIdSchema } from "./DutyStationIdSchema";

/**
 * The id of a duty station (New York, Geneva, ECA), branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link DutyStationIdSchema}.
 *
 * @example
 * ```ts
 * import { type DutyStationId } from "@unsms/core"
 * import { decode, DutyStationIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: DutyStationId = Result.getOrThrow(decode(DutyStationIdSchema, "Geneva"))
 * console.log(id) // "Geneva"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type DutyStationId = z.infer<typeof DutyStationIdSchema>;
