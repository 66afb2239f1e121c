import type * as z from "zod";
import type { PostIdSchema } from "./PostIdSchema";

/**
 * The id of an authorized post, branded: a plain string is not accepted where it is expected;
 * make one with {@link @unsms/core!schema.decode | decode} and {@link PostIdSchema}.
 *
 * @example
 * ```ts
 * import { type PostId } from "@unsms/core"
 * import { decode, PostIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id: PostId = Result.getOrThrow(decode(PostIdSchema, "DSS-P4-017"))
 * console.log(id) // "DSS-P4-017"
 * ```
 *
 * @category ids
 * @since 0.1.0
 */
export type PostId = z.infer<typeof PostIdSchema>;
