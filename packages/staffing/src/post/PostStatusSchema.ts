import * as z from "zod";
import { postStatuses } from "./PostStatus";

/**
 * Schema of a post's status: `established` or `temporary` (¶36: 249 established and 134
 * temporary security officer posts).
 *
 * @example
 * ```ts
 * import { PostStatusSchema } from "@unsms/staffing/schema"
 *
 * console.log(PostStatusSchema.options) // ["established", "temporary"]
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const PostStatusSchema = z.enum(postStatuses);
