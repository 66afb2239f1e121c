import type { Issue } from "@unsms/core";
import * as Result from "effect/Result";

/**
 * The issues of a refused result (an error with `issues`, core's `IssuesFields`), in order;
 * none when the result is a success, so that a test of a refusal compares one list.
 */
export const failureIssues = (
  result: Result.Result<unknown, { readonly issues: ReadonlyArray<Issue> }>,
): ReadonlyArray<Issue> => (Result.isFailure(result) ? result.failure.issues : []);
