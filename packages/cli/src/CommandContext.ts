import type * as Result from "effect/Result";
import type { TaggedErrorLike } from "@unsms/sdk";
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
   * Reads the command's input: the file named by `--input`, else standard input, parsed
   * as JSON. A missing file, nothing piped, or invalid JSON is an `InputError`.
   */
  readonly readJsonInput: (path: string | undefined) => Promise<Result.Result<unknown, TaggedErrorLike>>;
  /** Reads a text file, or an `InputError` that names it. */
  readonly readTextFile: (path: string) => Promise<Result.Result<string, TaggedErrorLike>>;
  /**
   * Prints the outcome (or the error) by the conventions — JSON on stdout (errors on
   * stderr) when `--json` was given, the readable report otherwise — and records the exit
   * code: the outcome's, or 2 for an error.
   */
  readonly respond: (result: Result.Result<Outcome, TaggedErrorLike> | Result.Failure<unknown, TaggedErrorLike>) => void | Promise<void>;
  /**
   * Prints an outcome: `respond(Result.succeed(outcome))`; a promise when the outcome's
   * JSON is streamed (`jsonChunks`), which the command returns so that `run` waits for it.
   */
  readonly succeed: (outcome: Outcome) => void | Promise<void>;
  /** Prints an error and exits 2: `respond(Result.fail(error))`. */
  readonly fail: (error: TaggedErrorLike) => void;
}
