import type * as z from "zod";
import type { Issue } from "../errors/Issue";
import { describeExpected } from "./describeExpected";
import { describeValue } from "../errors/describeValue";
import { formatPath } from "./formatPath";
import { readOrElse } from "../errors/readOrElse";

const make = (path: ReadonlyArray<PropertyKey>, expected: string, received: string): Issue => {
  const where = formatPath(path);
  return { path: where, expected, received, message: `${where}: expected ${expected}, received ${received}` };
};

/** The value at `path` in `input`, read as zod reads it; nothing (`undefined`) past a value that is not an object. */
const valueAt = (input: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Readonly<Record<PropertyKey, unknown>>)[key];
  }
  return value;
};

/**
 * What a custom issue (a refinement's) received: the value at its path in the input. zod
 * gives such an issue the value the refinement was handed — for an object's cross-field
 * check, the whole object — unless the check names another; the path is what the issue is
 * about. A value whose getter throws when read again falls back to zod's.
 */
const receivedAt = (input: unknown, path: ReadonlyArray<PropertyKey>, issue: z.core.$ZodIssue): string =>
  readOrElse(
    () => describeValue(valueAt(input, path)),
    () => describeValue(issue.input),
  );

/**
 * What a number past a bound received: the value, and for a whole number past 2^53 − 1 a
 * warning that it may not be the number sent (JSON's text is read as a double, which keeps
 * about 16 digits: 9007199254740993 is read as 9007199254740992).
 */
const describeNumber = (value: unknown): string =>
  typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value)
    ? `${describeValue(value)} (past 2^53 − 1, where a number's last digits may have been rounded when it was read)`
    : describeValue(value);

/**
 * Flattens zod's issues about `input` into unsms issues: one per problem, each with a full
 * path from the root. Unknown keys give one issue each; a union that matched no branch
 * reports the problems of the branch that came closest; a refinement's issue (zod's
 * `custom`) says its message was expected and received the value at its path.
 *
 * @internal
 */
export const toIssues = (
  issues: ReadonlyArray<z.core.$ZodIssue>,
  input: unknown,
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
      else for (const inner of toIssues(closest, input, path)) out.push(inner);
    } else if ((issue.code === "invalid_key" || issue.code === "invalid_element") && issue.issues.length > 0) {
      for (const inner of toIssues(
        issue.issues,
        input,
        issue.code === "invalid_element" ? [...path, issue.key as PropertyKey] : path,
      ))
        out.push(inner);
    } else {
      const received =
        issue.code === "custom"
          ? receivedAt(input, path, issue)
          : issue.code === "too_big"
            ? describeNumber(issue.input)
            : describeValue(issue.input);
      out.push(make(path, describeExpected(issue), received));
    }
  }
  return out;
};
