import type { Issue, PostId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PostChangeRejected } from "../errors/PostChangeRejected";
import { rejected } from "../internal/rejected";
import { checkedChange } from "../internal/checkedChange";
import type { Post } from "../post/Post";
import type { PostChange } from "./PostChange";

/**
 * What {@link convertToEstablished} did: the ids of the posts converted.
 *
 * @example
 * ```ts
 * import type { ConvertedPosts } from "@unsms/staffing"
 * import type { PostId } from "@unsms/core"
 *
 * const effect: ConvertedPosts = { converted: ["NY-T-1" as PostId] }
 * console.log(effect.converted.length) // 1
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export interface ConvertedPosts {
  /** The posts now established, in the order given. */
  readonly converted: ReadonlyArray<PostId>;
}

/**
 * Converts temporary posts to established posts (¶39, ¶56(c): the 134 temporary security
 * officer posts). Only the status changes: the number of posts, their grades and their
 * incumbents stay. An unknown id, an id given twice or a post that is not temporary is a
 * {@link PostChangeRejected}.
 *
 * @example
 * ```ts
 * import { convertToEstablished, type Post } from "@unsms/staffing"
 * import type { DutyStationId, PostId, UnitId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const temporary: Post = {
 *   id: "NY-T-1" as PostId, grade: "SS", unit: "SSS-NY" as UnitId, dutyStation: "New York" as DutyStationId,
 *   funding: "regular-budget", status: "temporary", incumbent: {},
 * }
 * const change = Result.getOrThrow(convertToEstablished([temporary], [temporary.id]))
 * console.log(change.posts[0]?.status, temporary.status) // "established" "temporary"
 * ```
 *
 * @category changes
 * @since 0.1.0
 */
export const convertToEstablished = (
  posts: ReadonlyArray<Post>,
  ids: ReadonlyArray<PostId>,
): Result.Result<PostChange<ConvertedPosts>, PostChangeRejected> =>
  checkedChange(
    posts,
    () => [["$.ids", ids, "strings"]],
    () => convert(posts, ids),
  );

const convert = (
  posts: ReadonlyArray<Post>,
  ids: ReadonlyArray<PostId>,
): Result.Result<PostChange<ConvertedPosts>, PostChangeRejected> => {
  const byId = new Map(posts.map((post) => [post.id as string, post] as const));
  const issues: Array<Issue> = [];
  const wanted = new Set<string>();
  ids.forEach((id, index) => {
    const post = byId.get(id);
    const path = `$.ids[${index}]`;
    if (post === undefined)
      issues.push({
        path,
        expected: "the id of an existing post",
        received: JSON.stringify(id),
        message: `${path}: no post ${JSON.stringify(id)}`,
      });
    else if (wanted.has(id))
      issues.push({
        path,
        expected: "each id once",
        received: JSON.stringify(id),
        message: `${path}: post ${JSON.stringify(id)} is given twice`,
      });
    else if (post.status !== "temporary")
      issues.push({
        path,
        expected: "a temporary post",
        received: post.status,
        message: `${path}: post ${JSON.stringify(id)} is already ${post.status}`,
      });
    wanted.add(id);
  });
  if (issues.length > 0) return Result.fail(rejected(issues));
  return Result.succeed({
    posts: posts.map((post) => (wanted.has(post.id) ? { ...post, status: "established" as const } : post)),
    effect: { converted: [...ids] },
  });
};
