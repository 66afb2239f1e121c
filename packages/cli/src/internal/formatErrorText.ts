import { toErrorJson, type TaggedErrorLike } from "@unsms/core";

/**
 * The readable form of an error for a terminal: the message, then each issue on its own
 * line with its path, what was expected and what was received.
 *
 * @internal
 */
export const formatErrorText = (error: TaggedErrorLike): string => {
  const { issues } = toErrorJson(error).error;
  const lines = [`error (${error._tag}): ${error.message}`];
  if (issues.length > 1 || (issues.length === 1 && !error.message.includes(issues[0]?.expected ?? "\u0000"))) {
    for (const issue of issues)
      lines.push(`  at ${issue.path}: expected ${issue.expected}, received ${issue.received}`);
  }
  return lines.join("\n") + "\n";
};
