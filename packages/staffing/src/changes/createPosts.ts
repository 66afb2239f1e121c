import type { Issue, PostId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PostChangeRejected } from "../errors/PostChangeRejected";
import { rejected } from "../internal/rejected";
import { checkedChange } from "../internal/checkedChange";
import type { Post } from "../post/Post";
import type { PostChange } from "./PostChange";

/**
 * What {@link createPosts} did: how many posts were created, established and temporary,
 * and their ids.
 *
 * @example
 * ```ts
 * import type { CreatedPosts } from "@unsms/staffing"
 *
 * // ¶36: resolution 59/276 created 383 security officer posts
 * const effect: CreatedPosts = { created: 383, established: 249, temporary: 134, ids: [] }
 * console.log(effect.established + effect.temporary === effect.created) // true
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export interface CreatedPosts {
  /** Posts created. */
  readonly created: number;
  /** Of which established. */
  readonly established: number;
  /** Of which temporary. */
  readonly temporary: number;
  /** Their ids, in the order given. */
  readonly ids: ReadonlyArray<PostId>;
}

/**
 * Creates posts (a resolution's new posts): returns the posts with the new ones appended and
 * the count by status. An id already used, or used twice among the new posts, is a
 * {@link PostChangeRejected}.
 *
 * @example
 * ```ts
 * import { createPosts, type Post } from "@unsms/staffing"
 * import type { DutyStationId, PostId, UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // decision 60/562: 8 security officer posts for the new OHCHR premises (¶36; the report names no city: Geneva is our example)
 * const eight: Array<Post> = Array.from({ length: 8 }, (_, n) => ({
 *   id: `GVA-OHCHR-${n + 1}` as PostId, grade: "SS", unit: "SSS-GVA" as UnitId,
 *   dutyStation: "Geneva" as DutyStationId, funding: "regular-budget", status: "established", incumbent: null,
 * }))
 * const change = Result.getOrThrow(createPosts([], eight))
 * console.log(change.effect.created, change.posts.length) // 8 8
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export const createPosts = (
  posts: ReadonlyArray<Post>,
  newPosts: ReadonlyArray<Post>,
): Result.Result<PostChange<CreatedPosts>, PostChangeRejected> =>
  checkedChange(
    posts,
    () => [["$.newPosts", newPosts]],
    () => create(posts, newPosts),
  );

const create = (
  posts: ReadonlyArray<Post>,
  newPosts: ReadonlyArray<Post>,
): Result.Result<PostChange<CreatedPosts>, PostChangeRejected> => {
  const used = new Set<string>(posts.map((post) => post.id));
  const issues: Array<Issue> = [];
  newPosts.forEach((post, index) => {
    if (used.has(post.id))
      issues.push({
        path: `$.newPosts[${index}].id`,
        expected: "an id no other post has",
        received: JSON.stringify(post.id),
        message: `$.newPosts[${index}].id: post ${JSON.stringify(post.id)} already exists`,
      });
    used.add(post.id);
  });
  if (issues.length > 0) return Result.fail(rejected(issues));
  const established = newPosts.filter((post) => post.status === "established").length;
  return Result.succeed({
    posts: [...posts, ...newPosts],
    effect: {
      created: newPosts.length,
      established,
      temporary: newPosts.length - established,
      ids: newPosts.map((post) => post.id),
    },
  });
};
