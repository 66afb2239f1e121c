import type { Issue } from "@unsms/core";

/**
 * The message of an error that carries several issues: how many, and the first.
 *
 * @internal
 */
export const summarizeIssues = (what: string, issues: ReadonlyArray<Issue>): string => {
  const [first] = issues;
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return first === undefined ? `${what} is invalid` : `${what}: ${count}; first: ${first.message}`;
};
