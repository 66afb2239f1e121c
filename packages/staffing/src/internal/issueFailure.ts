import type { Issue } from "@unsms/core";

/**
 * How many issues an error lists at most; the message gives the count of the rest.
 *
 * @internal
 */
export const MAX_ISSUES = 100;

/**
 * The `message` and `issues` of a multi-issue error about `what` ("the staffing table"):
 * "1 problem in the staffing table; first: …", or with more than {@link MAX_ISSUES}
 * issues, only the first 100 of them and "5000 problems in the staffing table (the first
 * 100 listed); first: …".
 *
 * @internal
 */
export const issueFailure = (what: string, issues: ReadonlyArray<Issue>): { readonly message: string; readonly issues: ReadonlyArray<Issue> } => {
  const listed = issues.length <= MAX_ISSUES ? issues : issues.slice(0, MAX_ISSUES);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  const cap = listed === issues ? "" : ` (the first ${MAX_ISSUES} listed)`;
  return { message: `${count} in ${what}${cap}; first: ${issues[0]?.message ?? ""}`, issues: listed };
};
