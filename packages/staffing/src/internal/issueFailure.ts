import { MAX_ISSUES, type Issue, type IssuesFields } from "@unsms/core";

/**
 * The fields of a multi-issue error about `what` ("the staffing table"), worded as this
 * package always has ("2 problems in the staffing table; first: …"): at most core's
 * `MAX_ISSUES` issues, `omitted` counting the rest.
 *
 * @internal
 */
export const issueFailure = (what: string, issues: ReadonlyArray<Issue>): IssuesFields => {
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return {
    message: `${count} in ${what}; first: ${issues[0]?.message ?? ""}`,
    issues: issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues,
    omitted: Math.max(0, issues.length - MAX_ISSUES),
  };
};
