import { textOf } from "../internal/textOf";
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

/** A fresh answer for a value that cannot be read as an error (a caller may change what it gets). */
const unreadable = (): ErrorJson => ({
  error: { code: "UnreadableError", message: "an error value that cannot be read", issues: [] },
});

/**
 * Turns any unsms error into its stable JSON form (see {@link ErrorJson}). Errors with a
 * single problem become one issue; errors with none, an empty list.
 * A plain JS caller's value whose `_tag` is not a non-empty string (`1`, `{}`, `"oops"`,
 * `{ _tag: 5 }`), or whose fields cannot be read (a revoked proxy among its issues), gives the
 * code `"UnreadableError"`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { percentage, toErrorJson } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const result = percentage(1, 0)
 * if (Result.isFailure(result)) console.log(toErrorJson(result.failure).error.code) // "DivisionByZero"
 * console.log(toErrorJson({ _tag: 5 } as never).error.code) // "UnreadableError"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export const toErrorJson = (error: TaggedErrorLike): ErrorJson => {
  try {
    const { _tag, message, path, expected, received, omitted, issues: list } = error;
    if (typeof _tag !== "string" || _tag === "") return unreadable();
    const issues: ErrorJson["error"]["issues"] =
      list !== undefined
        ? list.map((issue) => ({
            path: textOf(issue.path),
            expected: textOf(issue.expected),
            received: textOf(issue.received),
            message: textOf(issue.message),
          }))
        : expected !== undefined
          ? [
              {
                path: typeof path === "string" ? path : "$",
                expected: textOf(expected),
                received: typeof received === "string" ? received : "",
              },
            ]
          : [];
    const more = typeof omitted === "number" && omitted > 0 ? { omitted } : {};
    return { error: { code: _tag, message: textOf(message), issues, ...more } };
  } catch {
    return unreadable();
  }
};
