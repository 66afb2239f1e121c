import type * as z from "zod";
import type { Issue } from "../errors/Issue";
import { describeExpected } from "./describeExpected";
import { describeValue } from "../errors/describeValue";
import { formatPath } from "./formatPath";
import { readOrElse } from "../errors/readOrElse";
import { isCountedMarker } from "./capLists";
import { countOf } from "./countedIssue";

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

/** An issue of zod's, raw (the top level of a parse's issues) or finished (those nested in a union's). */
type ZodIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** The issues listed so far, how many problems were found, and whether a counted-only one fell among those to list. */
interface Listing {
  readonly issues: Array<Issue>;
  found: number;
  complete: boolean;
}

const identity = (issue: ZodIssue): z.core.$ZodIssue => issue as z.core.$ZodIssue;

/** Counts one problem, and lists it (`make` is called) while fewer than `limit` are listed. */
const add = (listing: Listing, limit: number, make: () => Issue): void => {
  listing.found += 1;
  if (listing.issues.length < limit) listing.issues.push(make());
};

const walk = (
  listing: Listing,
  limit: number,
  issues: ReadonlyArray<ZodIssue>,
  input: unknown,
  prefix: ReadonlyArray<PropertyKey>,
  finalize: (issue: ZodIssue) => z.core.$ZodIssue,
): void => {
  for (const raw of issues) {
    const room = listing.issues.length < limit;
    if (isCountedMarker(raw)) {
      // problems counted where they were found (`capLists`): the list is not what it would be
      if (room) listing.complete = false;
      continue;
    }
    const counted = countOf(raw);
    if (counted !== undefined) {
      // a refinement's problems past the ones it reported (`boundedRefinement`): it reported
      // MAX_ISSUES before them, so none of them is among the first MAX_ISSUES
      listing.found += counted;
      continue;
    }
    // past the limit only the count is wanted: no message, no path, no description
    const issue = room ? finalize(raw) : (raw as z.core.$ZodIssue);
    const path = room ? [...prefix, ...issue.path] : prefix;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(listing, limit, () => make([...path, key], "no such key", "an unexpected key"));
    } else if (issue.code === "invalid_union" && issue.errors.length > 0) {
      let closest: ReadonlyArray<z.core.$ZodIssue> | undefined;
      for (const branch of issue.errors) if (closest === undefined || branch.length < closest.length) closest = branch;
      if (closest === undefined || closest.length === 0)
        add(listing, limit, () => make(path, describeExpected(issue), describeValue(issue.input)));
      else walk(listing, limit, closest, input, path, identity);
    } else if ((issue.code === "invalid_key" || issue.code === "invalid_element") && issue.issues.length > 0) {
      walk(
        listing,
        limit,
        issue.issues,
        input,
        issue.code === "invalid_element" ? [...path, issue.key as PropertyKey] : path,
        identity,
      );
    } else {
      add(listing, limit, () => {
        const received =
          issue.code === "custom"
            ? receivedAt(input, path, issue)
            : issue.code === "too_big"
              ? describeNumber(issue.input)
              : describeValue(issue.input);
        return make(path, describeExpected(issue), received);
      });
    }
  }
};

/**
 * Flattens zod's issues about `input` into unsms issues: one per problem, each with a full
 * path from the root. Unknown keys give one issue each; a union that matched no branch
 * reports the problems of the branch that came closest; a refinement's issue (zod's
 * `custom`) says its message was expected and received the value at its path.
 * Only the first `limit` problems are made into issues (`finalize` turns a raw issue of
 * zod's into a finished one, for those only: the top level of a parse's issues is raw); the
 * rest are only counted, in `found`, so that a million problems cost a count, not a million
 * messages. `complete` is false when one of the first `limit` was a marker of problems
 * counted where they were found ({@link isCountedMarker}): the list is then not the one the
 * issues would give, and the caller lists them again without a budget.
 *
 * @internal
 */
export const toIssues = (
  issues: ReadonlyArray<ZodIssue>,
  input: unknown,
  finalize: (issue: ZodIssue) => z.core.$ZodIssue = identity,
  limit: number = Number.POSITIVE_INFINITY,
): Readonly<Listing> => {
  const listing: Listing = { issues: [], found: 0, complete: true };
  walk(listing, limit, issues, input, [], finalize);
  return listing;
};

/**
 * How many problems zod's `issues` stand for, as {@link toIssues} counts them, none made.
 *
 * @internal
 */
export const countIssues = (issues: ReadonlyArray<ZodIssue>): number => toIssues(issues, undefined, identity, 0).found;
