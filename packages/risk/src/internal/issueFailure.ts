import { summarizeIssues, type Issue } from "@unsms/core";

/**
 * How many issues an error lists at most; the message gives the count of the rest.
 *
 * @internal
 */
export const MAX_ISSUES = 100;

/**
 * The `message` and `issues` of a multi-issue error: at most {@link MAX_ISSUES} issues,
 * and a message that counts them all ("…: 5000 problems (the first 100 listed); first: …"),
 * followed by `notes` — each list of allowed values the issues refer to, said once for the
 * whole error rather than in every issue.
 *
 * @internal
 */
export const issueFailure = (
  what: string,
  issues: ReadonlyArray<Issue>,
  notes: ReadonlyArray<string> = [],
): { readonly message: string; readonly issues: ReadonlyArray<Issue> } => {
  const listed = issues.length <= MAX_ISSUES ? issues : issues.slice(0, MAX_ISSUES);
  const summary =
    listed === issues ? summarizeIssues(what, issues) : `${what}: ${issues.length} problems (the first ${MAX_ISSUES} listed); first: ${listed[0]?.message ?? ""}`;
  return { message: notes.length === 0 ? summary : `${summary} (${notes.join("; ")})`, issues: listed };
};
