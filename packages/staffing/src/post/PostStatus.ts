import * as z from "zod";

/**
 * Schema of a post's status: `established` or `temporary` (¶36: 249 established and 134
 * temporary security officer posts).
 *
 * @example
 * ```ts
 * import { PostStatusSchema } from "@unsms/staffing"
 *
 * console.log(PostStatusSchema.options) // ["established", "temporary"]
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const PostStatusSchema = z.enum(["established", "temporary"]);

/**
 * A post's status (see {@link PostStatusSchema}).
 *
 * @example
 * ```ts
 * import type { PostStatus } from "@unsms/staffing"
 *
 * const status: PostStatus = "temporary"
 * console.log(status)
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export type PostStatus = z.infer<typeof PostStatusSchema>;
