import type { Issue } from "./Issue";

/**
 * The message of an error that carries several issues: what is wrong, how many problems,
 * and the first — so that one line in a log says enough, and `issues` says everything.
 *
 * @example
 * ```ts
 * import { summarizeIssues } from "@unsms/core"
 *
 * const message = summarizeIssues("the risk register is inconsistent", [
 *   { path: "$.threats[0].likelihood", expected: "a likelihood level", received: '"often"', message: '$.threats[0].likelihood: expected a likelihood level, received "often"' },
 * ])
 * console.log(message) // "the risk register is inconsistent: 1 problem; first: $.threats[0].likelihood: …"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export const summarizeIssues = (what: string, issues: ReadonlyArray<Issue>): string => {
  const [first] = issues;
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return first === undefined ? what : `${what}: ${count}; first: ${first.message}`;
};
