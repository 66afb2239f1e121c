import type * as Result from "effect/Result";
import type { TaggedErrorLike } from "@unsms/core";
import type { CliIo } from "./CliIo";
import type { Outcome } from "./Outcome";

/**
 * What every command gets to do its work the same way: the {@link CliIo}, the input
 * reader, and `respond`, which prints an outcome or an error by the conventions (JSON
 * with `--json`, exit codes 0 / 1 / 2, errors on stderr, never a stack trace).
 *
 * @example
 * ```ts
 * import type { CommandContext } from "@unsms/cli"
 *
 * const describe = (context: CommandContext) => typeof context.respond
 * console.log(describe.length)
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface CommandContext {
  /** The outside world. */
  readonly io: CliIo;
  /**
   * The one way a command reads its input: the file named by `--input`, else standard
   * input (also when the path is `-`), parsed as JSON and given to `decode` (a `/schema` decoder, often followed by
   * the domain function). Every failure is an `InputError` (exit 2): a missing or
   * unreadable file, nothing piped, input above the size limit (`CliIo.maxInputBytes`,
   * default 64 MiB, refused before parsing), bytes that are not UTF-8 (with the offset of
   * the first bad byte), text that is not JSON (with line, column and at most ten
   * escaped characters of the offending token — never more of the file). A leading byte
   * order mark is dropped (since 0.2.0).
   */
  readonly readDecoded: <T>(
    path: string | undefined,
    decode: (input: unknown) => Result.Result<T, TaggedErrorLike>,
  ) => Promise<Result.Result<T, TaggedErrorLike>>;
  /** `readDecoded` without a decoder: the parsed JSON. */
  readonly readJsonInput: (path: string | undefined) => Promise<Result.Result<unknown, TaggedErrorLike>>;
  /**
   * Reads a text file (CSV, PEM), or standard input when `path` is undefined or `-`, with the same limit, UTF-8 check and BOM handling as
   * `readDecoded`, or an `InputError` that names the file; `flag` is the option the path
   * came from (default `--input`).
   */
  readonly readTextFile: (path: string | undefined, flag?: string) => Promise<Result.Result<string, TaggedErrorLike>>;
  /**
   * Prints the outcome (or the error) by the conventions — JSON on stdout (errors on
   * stderr) when `--json` was given, the readable report otherwise — and records the exit
   * code: the outcome's, or 2 for an error.
   */
  readonly respond: (
    result: Result.Result<Outcome, TaggedErrorLike> | Result.Failure<unknown, TaggedErrorLike>,
  ) => void | Promise<void>;
  /**
   * Prints an outcome: `respond(Result.succeed(outcome))`; a promise when the outcome's
   * JSON is streamed (`jsonChunks`), which the command returns so that `run` waits for it.
   */
  readonly succeed: (outcome: Outcome) => void | Promise<void>;
  /** Prints an error and exits 2: `respond(Result.fail(error))`. */
  readonly fail: (error: TaggedErrorLike) => void;
}
