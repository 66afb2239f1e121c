import { describeValue } from "./describeValue";
import { textOf } from "../internal/textOf";
import type { Issue } from "./Issue";
import { issueCount } from "../internal/issueCount";

/**
 * The message of an error that carries several issues: what is wrong, how many problems,
 * and the first — so that one line in a log says enough, and `issues` says everything.
 * A plain JS caller's list that is not an array counts as empty, and one that cannot be read is said to be; nothing is thrown.
 * `found` (by default `issues.length`) is how many problems were found when `issues` holds
 * only the first `MAX_ISSUES`; as in {@link makeIssues}, it counts only with a full list and
 * when it is a whole number larger than `issues.length`.
 *
 * @example
 * ```ts
 * import { makeIssue, MAX_ISSUES, summarizeIssues } from "@unsms/core"
 *
 * const message = summarizeIssues("the risk register is inconsistent", [
 *   { path: "$.threats[0].likelihood", expected: "a likelihood level", received: '"often"', message: '$.threats[0].likelihood: expected a likelihood level, received "often"' },
 * ])
 * console.log(message) // "the risk register is inconsistent: 1 problem; first: $.threats[0].likelihood: …"
 *
 * // 250 problems found, the first MAX_ISSUES made
 * const first = Array.from({ length: MAX_ISSUES }, (_, i) => makeIssue(`$[${i}]`, "a number", "null"))
 * console.log(summarizeIssues("the list is invalid", first, 250)) // "the list is invalid: 250 problems; first: $[0]: expected a number, received null"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export const summarizeIssues = (what: string, issues: ReadonlyArray<Issue>, found?: number): string => {
  const title = textOf(what);
  let count = 0;
  let first: unknown;
  try {
    if (Array.isArray(issues) && issues.length > 0) {
      count = issueCount(issues.length, found);
      first = (issues[0] as { readonly message?: unknown }).message;
    }
  } catch {
    return `${title}: unreadable problems`;
  }
  if (count === 0) return title;
  return `${title}: ${count === 1 ? "1 problem" : `${count} problems`}; first: ${typeof first === "string" ? first : describeValue(first)}`;
};
