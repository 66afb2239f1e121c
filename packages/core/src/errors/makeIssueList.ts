import type { IssueList } from "./IssueList";

/**
 * An empty {@link IssueList}: the problems a check is about to find.
 *
 * @example
 * ```ts
 * import { addIssue, makeIssue, makeIssueList } from "@unsms/core"
 *
 * const list = makeIssueList()
 * for (const [index, id] of ["a", "b", "a"].entries())
 *   if (index === 2) addIssue(list, () => makeIssue(`$[${index}]`, "an id not already used", JSON.stringify(id)))
 * console.log(list.found, list.issues[0]?.path) // 1 "$[2]"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const makeIssueList = (): IssueList => ({ issues: [], found: 0 });
