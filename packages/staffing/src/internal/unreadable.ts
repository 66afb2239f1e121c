import { describeValue, isListUpTo, makeIssue, type Issue } from "@unsms/core";

/**
 * The documented size limit of every list a staffing function takes from a plain
 * JavaScript caller (units, posts, groups, counts, ids, cost entries): 1 000 000 items.
 *
 * @internal
 */
export const maxListLength = 1_000_000;

/**
 * The issue for the first of `lists` (path, value) that is not a real array of at most
 * {@link maxListLength} objects (or strings), or `undefined`: the cheap structural check (no schema)
 * the staffing functions run before they read a list.
 *
 * @internal
 */
export const listsProblem = (
  lists: ReadonlyArray<readonly [path: string, value: unknown, items?: "objects" | "strings"]>,
): Issue | undefined => {
  for (const [path, value, items = "objects"] of lists) {
    if (!isListUpTo(value, maxListLength))
      return makeIssue(path, `an array of at most ${maxListLength} items`, describeValue(value));
    const index = value.findIndex((item) =>
      items === "strings" ? typeof item !== "string" : typeof item !== "object" || item === null,
    );
    if (index >= 0)
      return makeIssue(
        `${path}[${index}]`,
        items === "strings" ? "a string" : "an object",
        describeValue(value[index]),
      );
  }
  return undefined;
};

/**
 * The issue for an argument that throws when read (a revoked proxy, a throwing getter).
 *
 * @internal
 */
export const unreadableIssue = (path: string, expected: string): Issue =>
  makeIssue(path, expected, "a value that throws when read");
