import { type Issue, type IssuesFields, makeIssue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { issueFailure } from "./issueFailure";

/**
 * A document function made total for a plain JavaScript caller: `problems` (the cheap
 * structural checks of its lists) run first, then `body`; problems, or a value that throws
 * when read, are the function's own error, built by `error` from the issues under `what`.
 * What `assessRegister` and `scoreCompliance` share.
 *
 * @internal
 */
export const readable = <A, E>(
  what: string,
  expected: string,
  error: (fields: IssuesFields) => E,
  problems: () => ReadonlyArray<Issue | undefined>,
  body: () => Result.Result<A, E>,
): Result.Result<A, E> =>
  readOrElse(
    () => {
      const issues = problems().filter((issue) => issue !== undefined);
      return issues.length === 0 ? body() : Result.fail(error(issueFailure(what, issues)));
    },
    () => Result.fail(error(issueFailure(what, [makeIssue("$", expected, "a value that throws when read")]))),
  );
