import { describeValue } from "./describeValue";
import { textOf } from "../internal/textOf";

/** Values an `expected` names before it counts the rest: an error stays small however many values are allowed. */
const MAX_LISTED = 12;

/**
 * Says which values were allowed, for the `expected` of an issue: `one of "a", "b"`, cut
 * after 12 (`one of "a", "b", …, "l", … (and 488 more)`). Each value is described by
 * `describe`, by default {@link describeValue} (a string quoted, a number as written); only
 * the values listed are described, so the text and the work stay small however long the list.
 * The one way every package lists allowed values. An empty list gives
 * `"no value (none is allowed)"`; a plain JS caller's list that cannot be read, or a
 * `describe` that throws, gives `"one of the allowed values"`: nothing is thrown.
 *
 * @example
 * ```ts
 * import { describeAllowed, makeIssue } from "@unsms/core"
 *
 * console.log(describeAllowed(["low", "medium", "high"])) // "one of \"low\", \"medium\", \"high\""
 * const codes = Array.from({ length: 500 }, (_, i) => `code-${i}`)
 * console.log(describeAllowed(codes).endsWith("\"code-11\", … (and 488 more)")) // true
 * // with its own description of each value
 * const roles = [{ id: "warden", letter: "M" }]
 * console.log(makeIssue("$.role", describeAllowed(roles, (role) => `"${role.id}" (${role.letter})`), "\"sheriff\"").message)
 * // "$.role: expected one of \"warden\" (M), received \"sheriff\""
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const describeAllowed = <A>(
  values: ReadonlyArray<A>,
  describe: (value: A) => string = describeValue,
): string => {
  try {
    const count = values.length;
    if (count === 0) return "no value (none is allowed)";
    const listed = values.slice(0, MAX_LISTED).map((value) => textOf(describe(value)));
    return `one of ${listed.join(", ")}${count > MAX_LISTED ? `, … (and ${count - MAX_LISTED} more)` : ""}`;
  } catch {
    return "one of the allowed values";
  }
};
