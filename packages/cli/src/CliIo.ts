/**
 * Everything the CLI touches outside itself, passed in so that commands are testable
 * in-process and embeddable: output streams, input, files and the clock.
 *
 * Input is bounded: `readStdin` and `readFile` get the size limit and may stop reading
 * after `maxBytes + 1` bytes; a reader that knows the size up front (a regular file)
 * rejects with an error whose `code` is `"EFBIG"` without reading. The CLI refuses any
 * input above the limit (exit 2), checks that bytes are UTF-8 and drops a byte order mark.
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
 * console.log(await run(["--version"], io)) // 0
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
  /**
   * Reads standard input: its bytes (checked as UTF-8 by the CLI) or its text. Reading
   * may stop after `maxBytes + 1` bytes (since 0.2.0).
   */
  readonly readStdin: (maxBytes: number) => Promise<string | Uint8Array>;
  /** Whether standard input is a terminal (then nothing is piped in). */
  readonly stdinIsTTY: boolean;
  /**
   * Reads a file: its bytes (checked as UTF-8 by the CLI) or its text. Reading may stop
   * after `maxBytes + 1` bytes; a file known to be larger may be refused with an error
   * whose `code` is `"EFBIG"` (since 0.2.0).
   */
  readonly readFile: (path: string, maxBytes: number) => Promise<string | Uint8Array>;
  /**
   * Writes a file (text as UTF-8, or bytes). `mode` sets its permissions (e.g. `0o600` for a
   * private key); `overwrite: false` refuses to replace an existing file (an `EEXIST` error);
   * `createFolders` creates the file's folder when missing.
   */
  readonly writeFile: (
    path: string,
    content: string | Uint8Array,
    options?: { readonly mode?: number; readonly overwrite?: boolean; readonly createFolders?: boolean },
  ) => Promise<void>;
  /**
   * Writes several files all or nothing (a key pair): each is written in full before any
   * is put in place, and on a failure none is left at its target. Rejects with the error of
   * the file that failed, its `index` property that file's position in `files`. Optional:
   * without it, the files are written one by one with `writeFile` (since 0.2.0).
   */
  readonly writeFiles?: (
    files: ReadonlyArray<{
      readonly path: string;
      readonly content: string | Uint8Array;
      readonly options?: { readonly mode?: number; readonly overwrite?: boolean; readonly createFolders?: boolean };
    }>,
  ) => Promise<void>;
  /** Reads a file as bytes (images), bounded by the input size limit; without it, commands that need bytes refuse with exit 2. */
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
  /**
   * The input size limit in bytes, for files and standard input alike; default 64 MiB
   * (since 0.2.0).
   */
  readonly maxInputBytes?: number;
}
