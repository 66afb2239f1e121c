import type { Issue } from "./Issue";
import type { IssuesFields } from "./IssuesFields";
import { MAX_ISSUES } from "./MAX_ISSUES";
import { summarizeIssues } from "./summarizeIssues";

/**
 * Builds the fields of an error about many problems: the summary line
 * (`what: N problems; first: …`, counting every problem found), the first
 * {@link MAX_ISSUES} issues and the count of the rest. The one way to report several
 * problems at once.
 * A plain JS caller's list that is not an array, or cannot be read, counts as empty; nothing is thrown.
 *
 * @example
 * ```ts
 * import { makeIssues, makeIssue } from "@unsms/core"
 *
 * const fields = makeIssues("the register is invalid", [
 *   makeIssue("$[0].likelihood", "1 to 5", "9"),
 *   makeIssue("$[3].impact", "1 to 5", "0"),
 * ])
 * console.log(fields.message) // "the register is invalid: 2 problems; first: $[0].likelihood: expected 1 to 5, received 9"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const makeIssues = (what: string, issues: ReadonlyArray<Issue>): IssuesFields => {
  let listed: ReadonlyArray<Issue> = [];
  let count = 0;
  try {
    if (Array.isArray(issues)) {
      const length = issues.length;
      listed = length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
      count = length;
    }
  } catch {
    listed = [];
  }
  return {
    message: summarizeIssues(what, count === 0 ? [] : issues),
    issues: listed,
    omitted: Math.max(0, count - MAX_ISSUES),
  };
};
