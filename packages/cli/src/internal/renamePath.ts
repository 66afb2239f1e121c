import type { TaggedErrorLike } from "@unsms/sdk";

const renamed = (path: string, from: string, to: string): string =>
  path === from || path.startsWith(`${from}.`) || path.startsWith(`${from}[`)
    ? `${to}${path.slice(from.length)}`
    : path;

/**
 * The error as the CLI says it: where a function names the value it was given by its own
 * argument (`privateKey`, `list`, `idOrLetter`), the path names it as the command line does —
 * the option's flag (`--key`, `--revoked`) or the argument's name in the command's usage
 * (`role`); what follows is kept (`list.header.alg` → `--revoked.header.alg`). Paths that
 * start otherwise (`$.participants[2]` inside an input document) are kept; so are the
 * error's code and message.
 *
 * @internal
 */
export const renamePath = (error: TaggedErrorLike, from: string, to: string): TaggedErrorLike => {
  const { _tag, message, path, expected, received, issues, omitted } = error;
  return {
    _tag,
    message,
    ...(path === undefined ? {} : { path: renamed(path, from, to) }),
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received }),
    ...(issues === undefined
      ? {}
      : { issues: issues.map((issue) => ({ ...issue, path: renamed(issue.path, from, to) })) }),
    ...(omitted === undefined ? {} : { omitted }),
  };
};
