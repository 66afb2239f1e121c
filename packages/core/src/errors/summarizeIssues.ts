import { describeValue } from "./describeValue";
import { textOf } from "../internal/textOf";
import type { Issue } from "./Issue";

/**
 * The message of an error that carries several issues: what is wrong, how many problems,
 * and the first — so that one line in a log says enough, and `issues` says everything.
 * A plain JS caller's list that is not an array counts as empty, and one that cannot be read is said to be; nothing is thrown.
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
  const title = textOf(what);
  let count = 0;
  let first: unknown;
  try {
    if (Array.isArray(issues) && issues.length > 0) {
      count = issues.length;
      first = (issues[0] as { readonly message?: unknown }).message;
    }
  } catch {
    return `${title}: unreadable problems`;
  }
  if (count === 0) return title;
  return `${title}: ${count === 1 ? "1 problem" : `${count} problems`}; first: ${typeof first === "string" ? first : describeValue(first)}`;
};
