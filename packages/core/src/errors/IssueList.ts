import type { Issue } from "./Issue";

/**
 * The problems a check has found so far, made by {@link makeIssueList} and added to by
 * {@link addIssue}: `found` counts every one, `issues` holds the first
 * {@link MAX_ISSUES}. Whatever the input holds (100 000 repeated ids, a million unknown
 * references), the list stays small and no issue past the first `MAX_ISSUES` is worded.
 * {@link makeIssues}`(what, list.issues, list.found)` makes the error's fields from it.
 *
 * @example
 * ```ts
 * import { addIssue, makeIssue, makeIssueList, makeIssues, type IssueList } from "@unsms/core"
 *
 * const list: IssueList = makeIssueList()
 * addIssue(list, () => makeIssue("$.zones[1]", "a known zone", '"roof"'))
 * console.log(makeIssues("the pass is refused", list.issues, list.found).message)
 * // "the pass is refused: 1 problem; first: $.zones[1]: expected a known zone, received \"roof\""
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export interface IssueList {
  /** The first `MAX_ISSUES` problems found, in the order found. */
  readonly issues: Array<Issue>;
  /** How many problems were found, those not listed included. */
  found: number;
}
