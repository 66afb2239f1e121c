import { describeValue, makeIssue, type Issue } from "@unsms/core";

/**
 * The issue for a value read as a headcount that is not one, worded the one way
 * (`path: expected a headcount: a whole number, 0 or more, received …`), by `apportion`,
 * `apportionWeights` and `makeApportioner` alike.
 *
 * @internal
 */
export const headcountIssue = (path: string, value: unknown): Issue =>
  makeIssue(path, "a headcount: a whole number, 0 or more", describeValue(value));
