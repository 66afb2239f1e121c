/**
 * Everything the CLI touches outside itself, passed in so that commands are testable
 * in-process and embeddable: output streams, input, files and the clock.
 *
 * @example
 * ```ts
 * import { run, type CliIo } from "@unsms/cli"
 *
 * const out: Array<string> = []
 * const io: CliIo = {
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => out.push(text),
 *   readStdin: async () => "",
 *   stdinIsTTY: true,
 *   readFile: async () => "",
 *   writeFile: async () => undefined,
 *   now: () => new Date("2006-06-30T00:00:00Z"),
 * }
 * await run(["--version"], io)
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface CliIo {
  /** Writes to standard output; returning `false` says its buffer is full and `drain` should be awaited. */
  readonly stdout: (text: string) => unknown;
  /** Resolves when standard output can take more (or is closed); optional (since 0.2.0). */
  readonly drain?: () => Promise<void>;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads all of standard input as UTF-8. */
  readonly readStdin: () => Promise<string>;
  /** Whether standard input is a terminal (then nothing is piped in). */
  readonly stdinIsTTY: boolean;
  /** Reads a file as UTF-8. */
  readonly readFile: (path: string) => Promise<string>;
  /**
   * Writes a file (text as UTF-8, or bytes). `mode` sets its permissions (e.g. `0o600` for a
   * private key); `overwrite: false` refuses to replace an existing file (an `EEXIST` error).
   */
  readonly writeFile: (path: string, content: string | Uint8Array, options?: { readonly mode?: number; readonly overwrite?: boolean; readonly createFolders?: boolean }) => Promise<void>;
  /** Reads a file as bytes (images); without it, commands that need bytes refuse with exit 2. */
  readonly readFileBytes?: (path: string) => Promise<Uint8Array>;
  /** The current time, for commands that default to "now". */
  readonly now: () => Date;
  /**
   * Whether standard output takes ANSI colour: a terminal, with `NO_COLOR` unset or empty
   * (no-color.org). Absent means no colour.
   *
   * @since 0.2.0
   */
  readonly colour?: boolean;
}
