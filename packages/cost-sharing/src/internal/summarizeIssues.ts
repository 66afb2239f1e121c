import type { Issue } from "@unsms/core";

/**
 * One sentence for a list of problems: the only one, or how many and the first.
 *
 * @internal
 */
export const summarizeIssues = (issues: ReadonlyArray<Issue>): string =>
  issues.length === 1 ? (issues[0]?.message ?? "") : `${issues.length} problems; first: ${issues[0]?.message ?? ""}`;
