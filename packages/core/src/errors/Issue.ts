/**
 * One problem found in an input: where it is, what was expected there and what was found.
 *
 * Paths are written from the root of the input, `$`, in JavaScript notation:
 * `$.participants[2].headcount`.
 *
 * @example
 * ```ts
 * import type { Issue } from "@unsms/core"
 *
 * const issue: Issue = {
 *   path: "$.participants[2].headcount",
 *   expected: "an integer >= 0",
 *   received: "-4",
 *   message: "Too small: expected number to be >=0",
 * }
 * console.log(issue.path)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export interface Issue {
  /** Where in the input, from the root `$`. */
  readonly path: string;
  /** What the input should have held there. */
  readonly expected: string;
  /** What it held instead, shortened for display. */
  readonly received: string;
  /** The whole problem in one sentence. */
  readonly message: string;
}
