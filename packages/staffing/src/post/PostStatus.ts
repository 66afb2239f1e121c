/**
 * A post's status (one of {@link postStatuses}; checked at the boundary by `PostStatusSchema` of `@unsms/staffing/schema`).
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
export type PostStatus = (typeof postStatuses)[number];

/**
 * Every post status: established or temporary (¶36).
 *
 * @example
 * ```ts
 * import { postStatuses } from "@unsms/staffing"
 *
 * console.log(postStatuses) // ["established", "temporary"]
 * ```
 *
 * @category vocabulary
 * @since 0.2.0
 */
export const postStatuses = ["established", "temporary"] as const;
