import * as Result from "effect/Result";

/**
 * The issues of a refused result (an error with `issues`, core's `IssuesFields`), in order;
 * none when the result is a success, so that a test of a refusal compares one list.
 */
export const failureIssues = <I>(
  result: Result.Result<unknown, { readonly issues: ReadonlyArray<I> }>,
): ReadonlyArray<I> => (Result.isFailure(result) ? result.failure.issues : []);
