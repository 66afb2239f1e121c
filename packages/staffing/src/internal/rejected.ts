import type { Issue } from "@unsms/core";
import { PostChangeRejected } from "../errors/PostChangeRejected";
import { issueFailure } from "./issueFailure";

/**
 * Builds the error for a rejected change from its issues (the first 100 listed).
 *
 * @internal
 */
export const rejected = (issues: ReadonlyArray<Issue>): PostChangeRejected =>
  new PostChangeRejected(issueFailure("the change", issues));
