import type { Issue } from "@unsms/core";
import { PostChangeRejected } from "../errors/PostChangeRejected";

/**
 * Builds the error for a rejected change from its issues.
 *
 * @internal
 */
export const rejected = (issues: ReadonlyArray<Issue>): PostChangeRejected =>
  new PostChangeRejected({
    message: `${issues.length === 1 ? "1 problem" : `${issues.length} problems`} in the change; first: ${issues[0]?.message ?? ""}`,
    issues,
  });
