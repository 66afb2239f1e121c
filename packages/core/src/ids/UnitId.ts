import type * as z from "zod";
import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of an organizational unit (a DSS division, section or service): a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, UnitIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(UnitIdSchema, "DRO"))
 * console.log(id) // "DRO"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const UnitIdSchema = makeIdSchema<"UnitId">();

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
