import type { Issue } from "./Issue";
import type { IssueList } from "./IssueList";
import { MAX_ISSUES } from "./MAX_ISSUES";

/**
 * Counts one problem in `list`, and makes its issue (`make`) only while fewer than
 * {@link MAX_ISSUES} are listed: past those, a problem is counted, never worded. Issues are
 * added one at a time, so a list of problems the size of the input is never spread into a
 * call's arguments (70 000 spread arguments overflow the stack). Answers whether the issue
 * was listed. A list or a maker that cannot be used (a plain JS caller's: no list, a count
 * that is not a whole number, a maker that throws) gives `false`; nothing is thrown.
 *
 * @example
 * ```ts
 * import { addIssue, makeIssue, makeIssueList, makeIssues, MAX_ISSUES } from "@unsms/core"
 *
 * // 100 000 unknown references: 100 worded, every one counted
 * const list = makeIssueList()
 * for (let index = 0; index < 100_000; index++)
 *   addIssue(list, () => makeIssue(`$.roles[${index}].reportsTo`, "a known role", '"nobody"'))
 * console.log(list.issues.length === MAX_ISSUES, list.found) // true 100000
 * console.log(makeIssues("the framework is invalid", list.issues, list.found).omitted) // 99900
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const addIssue = (list: IssueList, make: () => Issue): boolean => {
  try {
    const found = list.found;
    if (!Number.isSafeInteger(found) || found < 0) return false;
    list.found = found + 1;
    if (found >= MAX_ISSUES) return false;
    list.issues.push(make());
    return true;
  } catch {
    return false; // a plain JS caller's list or maker that cannot be used
  }
};
