import type { Post } from "../post/Post";

/**
 * The result of a change to the posts: the new list (the input is never modified) and the
 * change's effect, which says what happened.
 *
 * @example
 * ```ts
 * import { createPosts, type PostChange, type CreatedPosts } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const change: PostChange<CreatedPosts> = Result.getOrThrow(createPosts([], []))
 * console.log(change.posts.length, change.effect.created) // 0 0
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export interface PostChange<E> {
  /** The posts after the change. */
  readonly posts: ReadonlyArray<Post>;
  /** What the change did. */
  readonly effect: E;
}
