import type { Issue } from "./Issue";

/**
 * The fields of every error about many values at once (a document with several problems):
 * a one-line `message` summarizing them and every `issue`, at most {@link @unsms/core!index.MAX_ISSUES | MAX_ISSUES} of
 * them; `omitted` counts the problems found beyond that cap. Build them with
 * {@link makeIssues}.
 *
 * @example
 * ```ts
 * import { makeIssues, makeIssue, type IssuesFields } from "@unsms/core"
 * import * as Data from "effect/Data"
 *
 * class InvalidRoster extends Data.TaggedError("InvalidRoster")<IssuesFields> {}
 * const error = new InvalidRoster(makeIssues("the roster is invalid", [makeIssue("$[0].grade", "a grade", "\"Q-9\"")]))
 * console.log(error.message) // "the roster is invalid: 1 problem; first: $[0].grade: expected a grade, received \"Q-9\""
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export interface IssuesFields {
  /** `what: N problems; first: …`. */
  readonly message: string;
  /** The problems, in the order found, at most {@link @unsms/core!index.MAX_ISSUES | MAX_ISSUES}. */
  readonly issues: ReadonlyArray<Issue>;
  /** How many further problems were found and not listed (0 when all are listed). */
  readonly omitted: number;
}
