import type * as z from "zod";
import type { Issue } from "../errors/Issue";
import { describeExpected } from "./describeExpected";
import { describeValue } from "../errors/describeValue";
import { formatPath } from "./formatPath";

const make = (path: ReadonlyArray<PropertyKey>, expected: string, received: string): Issue => {
  const where = formatPath(path);
  return { path: where, expected, received, message: `${where}: expected ${expected}, received ${received}` };
};

/**
 * Flattens zod's issues into unsms issues: one per problem, each with a full path from the
 * root. Unknown keys give one issue each; a union that matched no branch reports the
 * problems of the branch that came closest.
 *
 * @internal
 */
export const toIssues = (
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<PropertyKey> = [],
): Array<Issue> => {
  const out: Array<Issue> = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push(make([...path, key], "no such key", "an unexpected key"));
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      let closest: ReadonlyArray<z.core.$ZodIssue> | undefined;
      for (const branch of issue.errors) if (closest === undefined || branch.length < closest.length) closest = branch;
      if (closest === undefined || closest.length === 0)
        out.push(make(path, describeExpected(issue), describeValue(issue.input)));
      else for (const inner of toIssues(closest, path)) out.push(inner);
    } else if ((issue.code === "invalid_key" || issue.code === "invalid_element") && issue.issues.length > 0) {
      for (const inner of toIssues(
        issue.issues,
        issue.code === "invalid_element" ? [...path, issue.key as PropertyKey] : path,
      ))
        out.push(inner);
    } else {
      out.push(make(path, describeExpected(issue), describeValue(issue.input)));
    }
  }
  return out;
};
