import { makeIssues, type Issue, type IssuesFields } from "@unsms/core";

/**
 * The fields of a multi-issue error, by core's `makeIssues` (at most `MAX_ISSUES` issues,
 * `omitted` counting the rest), with `notes` added to the message: each list of allowed
 * values the issues refer to, said once for the whole error rather than in every issue.
 * `found`, as in `makeIssues`, counts every problem when `issues` holds only the first
 * `MAX_ISSUES` (core's `IssueList`).
 *
 * @internal
 */
export const issueFailure = (
  what: string,
  issues: ReadonlyArray<Issue>,
  notes: ReadonlyArray<string> = [],
  found?: number,
): IssuesFields => {
  const fields = makeIssues(what, issues, found);
  return notes.length === 0 ? fields : { ...fields, message: `${fields.message} (${notes.join("; ")})` };
};
