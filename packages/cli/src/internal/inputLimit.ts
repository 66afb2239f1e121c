/**
 * The default input size limit of `unsms`: 64 MiB, a bit under twice the 37 MB
 * cost-share request of 1 000 000 participants. Larger files and standard input are
 * refused (exit 2) before they are parsed: a regular file by its size, before it is read;
 * a pipe, FIFO or device after `limit + 1` bytes. Our choice (issue 16, item 4);
 * embedders set their own with `CliIo.maxInputBytes`.
 *
 * @internal
 */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * How long `nodeIo` waits for a writer to open a FIFO given as `--input` before it gives
 * up (exit 2) instead of hanging: 10 s, our choice.
 *
 * @internal
 */
export const DEFAULT_FIFO_WRITER_TIMEOUT_MS = 10_000;

/**
 * The FIFO writer timeout that `nodeIo`'s options give, whatever they are: their
 * `fifoWriterTimeoutMs` when it is a finite number ≥ 0, else the default (`NaN`,
 * `Infinity`, −1, options that are not an object, a getter that throws).
 *
 * @internal
 */
export const fifoWriterTimeout = (options: unknown): number => {
  try {
    const value =
      typeof options === "object" && options !== null
        ? (options as { fifoWriterTimeoutMs?: unknown }).fifoWriterTimeoutMs
        : undefined;
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : DEFAULT_FIFO_WRITER_TIMEOUT_MS;
  } catch {
    return DEFAULT_FIFO_WRITER_TIMEOUT_MS;
  }
};
