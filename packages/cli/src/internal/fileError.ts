import { InputError } from "./CliError";

const REASONS: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such file"],
  ["EACCES", "permission denied"],
  ["EPERM", "permission denied"],
  ["EISDIR", "a directory"],
  ["ENOTDIR", "a folder on the path is a file"],
  ["EEXIST", "it exists (use --force to replace it)"],
  ["ENOSPC", "no space left on the device"],
  ["EROFS", "a read-only file system"],
  ["ETIMEDOUT", "a FIFO no process opened for writing"],
  ["ETMPEXIST", "its temporary file .<name>.<process id>.tmp is in the folder: remove it"],
]);

/**
 * The system error code of a failed file operation (`ENOENT`…), read without trusting the
 * thrown value; `"unreadable"` when it has none.
 *
 * @internal
 */
export const fileErrorCode = (cause: unknown): string => {
  try {
    const code = typeof cause === "object" && cause !== null ? (cause as { code?: unknown }).code : undefined;
    return typeof code === "string" ? code : "unreadable";
  } catch {
    return "unreadable";
  }
};

/**
 * The one exit-2 error of the CLI for a file it could not read or write: it names the file
 * (or standard input) and the reason, and its path is the option the file came from.
 *
 * @internal
 */
export const fileError = (options: {
  readonly action: "read" | "write";
  /** The file as shown: `"keys/pass.pem"` (quoted) or `standard input`. */
  readonly source: string;
  /** The option that named it, e.g. `--input`, `--private`, `--out`. */
  readonly flag: string;
  readonly cause: unknown;
}): InputError => {
  const code = fileErrorCode(options.cause);
  return new InputError({
    message: `cannot ${options.action} ${options.source} (${REASONS.get(code) ?? code})`,
    path: options.flag,
    expected: options.action === "read" ? "a readable file" : "a file that can be written",
    received: options.source,
  });
};
