import type { Issue } from "@unsms/core";

/**
 * Moves issues found in a part of an input under that part's path (`$` → `$.matrix`).
 *
 * @internal
 */
export const prefixIssues = (prefix: string, issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  issues.map((issue) => ({
    ...issue,
    path: `${prefix}${issue.path.slice(1)}`,
    message: issue.message.startsWith("$") ? `${prefix}${issue.message.slice(1)}` : issue.message,
  }));
