/**
 * The fields of every error about one value: where it is (`path`), what was expected there,
 * what was found, and the three in one sentence (`message`). One shape for every
 * single-issue error of every package: declare an error as
 * `class X extends Data.TaggedError("X")<SingleIssueFields> {}` and build its fields with
 * {@link makeIssue}. Errors about many values carry `issues` instead (see {@link IssuesFields}).
 *
 * @example
 * ```ts
 * import { makeIssue, type SingleIssueFields } from "@unsms/core"
 * import * as Data from "effect/Data"
 *
 * class TooEarly extends Data.TaggedError("TooEarly")<SingleIssueFields> {}
 * const error = new TooEarly(makeIssue("at", "an instant after 1970", "1969-12-31T00:00:00Z"))
 * console.log(error.message) // "at: expected an instant after 1970, received 1969-12-31T00:00:00Z"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export interface SingleIssueFields {
  /** The whole problem in one sentence: `path: expected …, received …`. */
  readonly message: string;
  /** Where: `$…` inside an input document, or the argument's name (see the conventions guide). */
  readonly path: string;
  /** What should have been there. */
  readonly expected: string;
  /** What was there instead, shortened for display. */
  readonly received: string;
}
