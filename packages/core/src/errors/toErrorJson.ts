import type { ErrorJson } from "./ErrorJson";
import type { Issue } from "./Issue";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named by the {@link} below
import type { MAX_ISSUES } from "./MAX_ISSUES";

/**
 * The shape every unsms error has: a tag, a message, and either a list of issues or the
 * path, expected and received of its one problem.
 *
 * @example
 * ```ts
 * import type { TaggedErrorLike } from "@unsms/core"
 *
 * const error: TaggedErrorLike = { _tag: "Rejected", message: "the pass has expired" }
 * console.log(error._tag)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export interface TaggedErrorLike {
  /** The stable error code. */
  readonly _tag: string;
  /** What went wrong, in one sentence. */
  readonly message: string;
  /** Every problem, for errors that can have several. */
  readonly issues?: ReadonlyArray<Issue>;
  /** How many further problems were found and not listed (see {@link MAX_ISSUES}). */
  readonly omitted?: number;
  /** Where the one problem is. */
  readonly path?: string;
  /** What was expected there. */
  readonly expected?: string;
  /** What was found. */
  readonly received?: string;
}

/**
 * Turns any unsms error into its stable JSON form (see {@link ErrorJson}). Errors with a
 * single problem become one issue; errors with none, an empty list.
 *
 * @example
 * ```ts
 * import { percentage, toErrorJson } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = percentage(1, 0)
 * if (Result.isFailure(result)) console.log(JSON.stringify(toErrorJson(result.failure)))
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export const toErrorJson = (error: TaggedErrorLike): ErrorJson => {
  const issues: ErrorJson["error"]["issues"] =
    error.issues !== undefined
      ? error.issues.map(({ path, expected, received, message }) => ({ path, expected, received, message }))
      : error.expected !== undefined
        ? [{ path: error.path ?? "$", expected: error.expected, received: error.received ?? "" }]
        : [];
  const omitted = typeof error.omitted === "number" && error.omitted > 0 ? { omitted: error.omitted } : {};
  return { error: { code: error._tag, message: error.message, issues, ...omitted } };
};
