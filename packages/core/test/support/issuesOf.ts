import { makeIssue, type Issue } from "../../src/index";

/** `count` issues at `$[0]`, `$[1]`, …: a list of problems for the many-problems tests. */
export const issuesOf = (count: number): Array<Issue> =>
  Array.from({ length: count }, (_, i) => makeIssue(`$[${i}]`, "x", "y"));
