import { textOf } from "../internal/textOf";
import type { SingleIssueFields } from "./SingleIssueFields";

/**
 * Builds the fields of one problem, with the message every unsms error uses:
 * `path: expected …, received …`. The one way to word an issue; pass the result to a
 * single-issue error's constructor, or collect several for {@link makeIssues}.
 * A plain JS caller's argument that is not a string is described instead (`"nothing (missing)"`, `"an object"`); nothing is thrown.
 *
 * @example
 * ```ts
 * import { makeIssue } from "@unsms/core"
 *
 * console.log(makeIssue("$.participants[2].headcount", "an integer >= 0", "-4").message)
 * // "$.participants[2].headcount: expected an integer >= 0, received -4"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const makeIssue = (path: string, expected: string, received: string): SingleIssueFields => {
  const where = textOf(path);
  const wanted = textOf(expected);
  const found = textOf(received);
  return { message: `${where}: expected ${wanted}, received ${found}`, path: where, expected: wanted, received: found };
};
