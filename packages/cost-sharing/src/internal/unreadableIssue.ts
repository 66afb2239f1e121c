import type { Issue } from "@unsms/core";
import { describeThrown } from "./describeThrown";

/**
 * The one problem of an input that threw when read (a getter or a proxy of the caller's),
 * at `path`: what a public function returns instead of throwing.
 *
 * @internal
 */
export const unreadableIssue = (path: string, expected: string, error: unknown): Issue => {
  const received = describeThrown(error);
  return { path, expected, received, message: `${path}: reading it threw (${received})` };
};
