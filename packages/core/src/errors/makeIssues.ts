import type { Issue } from "./Issue";
import type { IssuesFields } from "./IssuesFields";
import { MAX_ISSUES } from "./MAX_ISSUES";
import { issueCount } from "../internal/issueCount";
import { summarizeIssues } from "./summarizeIssues";

/**
 * Builds the fields of an error about many problems: the summary line
 * (`what: N problems; first: …`, counting every problem found), the first
 * {@link MAX_ISSUES} issues and the count of the rest. The one way to report several
 * problems at once.
 * `found` (by default `issues.length`) is for a caller that counts every problem but makes
 * only the first `MAX_ISSUES` issues: given with a full list (`MAX_ISSUES` issues or more)
 * it is how many problems were found, counted in the message and, past the issues listed,
 * in `omitted` — `makeIssues(what, all.slice(0, MAX_ISSUES), all.length)` is
 * `makeIssues(what, all)`. With a shorter list, or when it is not a whole number larger
 * than `issues.length`, `found` is ignored.
 * The issues listed are a copy: changing the list afterwards does not change the error.
 * A plain JS caller's list that is not an array, or cannot be read, counts as empty; nothing is thrown.
 *
 * @example
 * ```ts
 * import { makeIssues, makeIssue, MAX_ISSUES } from "@unsms/core"
 *
 * const fields = makeIssues("the register is invalid", [
 *   makeIssue("$[0].likelihood", "1 to 5", "9"),
 *   makeIssue("$[3].impact", "1 to 5", "0"),
 * ])
 * console.log(fields.message) // "the register is invalid: 2 problems; first: $[0].likelihood: expected 1 to 5, received 9"
 *
 * // a million problems found, the first MAX_ISSUES made
 * const first = Array.from({ length: MAX_ISSUES }, (_, i) => makeIssue(`$[${i}]`, "a number", "null"))
 * const counted = makeIssues("the list is invalid", first, 1_000_000)
 * console.log(counted.issues.length, counted.omitted) // 100 999900
 * console.log(counted.message) // "the list is invalid: 1000000 problems; first: $[0]: expected a number, received null"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const makeIssues = (what: string, issues: ReadonlyArray<Issue>, found?: number): IssuesFields => {
  let listed: ReadonlyArray<Issue> = [];
  let count = 0;
  try {
    if (Array.isArray(issues)) {
      const length = issues.length;
      listed = issues.slice(0, MAX_ISSUES);
      count = issueCount(length, found);
    }
  } catch {
    // what can throw (a revoked proxy's `isArray`, a proxy's `length` or `slice`) comes before any assignment: none listed, none counted
  }
  return {
    message: summarizeIssues(what, listed, count),
    issues: listed,
    omitted: Math.max(0, count - MAX_ISSUES),
  };
};
