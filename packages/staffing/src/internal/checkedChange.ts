import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import type { PostChangeRejected } from "../errors/PostChangeRejected";
import type { Post } from "../post/Post";
import { rejected } from "./rejected";
import { listsProblem, unreadableIssue } from "./unreadable";

/**
 * A post change made total for a plain JavaScript caller: the posts (`$.posts`) and the
 * change's other lists are checked first (real arrays of at most 1 000 000 items), then
 * `change` runs; a value that throws when read is a {@link PostChangeRejected} too. What
 * `createPosts`, `convertToEstablished` and `reclassifyPost` share.
 *
 * @internal
 */
export const checkedChange = <A>(
  posts: ReadonlyArray<Post>,
  lists: () => Parameters<typeof listsProblem>[0],
  change: () => Result.Result<A, PostChangeRejected>,
): Result.Result<A, PostChangeRejected> =>
  readOrElse(
    () => {
      const problem = listsProblem([["$.posts", posts], ...lists()]);
      return problem === undefined ? change() : Result.fail(rejected([problem]));
    },
    () => Result.fail(rejected([unreadableIssue("$", "the posts and the change's arguments")])),
  );
