import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of a participating organization (UNDP, WFP, the World Bank): a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, OrganizationIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(OrganizationIdSchema, "UNDP"))
 * console.log(id) // "UNDP"
 * console.log(Result.isFailure(decode(OrganizationIdSchema, "UNDP\u200B"))) // true
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const OrganizationIdSchema = makeIdSchema<"OrganizationId">();
