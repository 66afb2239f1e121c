import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of a duty station (New York, Geneva, ECA): a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, DutyStationIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(DutyStationIdSchema, "Geneva"))
 * console.log(id) // "Geneva"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const DutyStationIdSchema = makeIdSchema<"DutyStationId">();
