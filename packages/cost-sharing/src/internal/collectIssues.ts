import { MAX_ISSUES, type Issue } from "@unsms/core";

/**
 * Collects problems for core's `makeIssues` without making more issues than it lists:
 * `add(make)` calls `make` while fewer than `MAX_ISSUES` are kept and only counts the
 * problem after that; `found()` is how many were added; `list()` gives the issues kept
 * followed by one hole per problem only counted, which `makeIssues` lists (the first
 * `MAX_ISSUES`) and counts (`omitted`) as it would the whole list — a million problems
 * make a hundred objects, not a million.
 *
 * @internal
 */
export const collectIssues = (): {
  readonly add: (make: () => Issue) => void;
  readonly found: () => number;
  readonly list: () => Array<Issue>;
} => {
  const issues: Array<Issue> = [];
  let found = 0;
  return {
    add: (make) => {
      if (found++ < MAX_ISSUES) issues.push(make());
    },
    found: () => found,
    list: () => {
      issues.length = found;
      return issues;
    },
  };
};
