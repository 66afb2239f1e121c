import { makeIdSchema } from "../internal/makeIdSchema";

/**
 * Schema of the id of an authorized post: a non-empty string of at most 128 printable characters
 * without leading or trailing blanks, control, bidi or zero-width characters, normalized to
 * NFC (so that two spellings of one name are one id), branded so that it cannot be confused
 * with another kind of id.
 *
 * @example
 * ```ts
 * import { decode, PostIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = Result.getOrThrow(decode(PostIdSchema, "DSS-P4-017"))
 * console.log(id) // "DSS-P4-017"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export const PostIdSchema = makeIdSchema<"PostId">();
