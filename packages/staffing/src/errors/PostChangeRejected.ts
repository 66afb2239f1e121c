import type { IssuesFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * A change to the posts cannot be made: an unknown or duplicate post id, a post that is not
 * temporary, a reclassification to the same grade, or one the cost table does not price.
 * Lists the problems (the first 100; `omitted` counts the rest) with its path.
 *
 * @example
 * ```ts
 * import { convertToEstablished } from "@unsms/staffing"
 * import type { PostId } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = convertToEstablished([], ["NY-SO-1" as PostId])
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.expected) // "the id of an existing post"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class PostChangeRejected extends /* @__PURE__ */ Data.TaggedError("PostChangeRejected")<IssuesFields> {}
