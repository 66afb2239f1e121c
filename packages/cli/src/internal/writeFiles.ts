import type { CliIo } from "../CliIo";

/** A file for {@link writeFiles}, with the option that named it. @internal */
export interface FileToWrite {
  readonly path: string;
  readonly content: string | Uint8Array;
  readonly options?: { readonly mode?: number; readonly overwrite?: boolean };
}

// The position of the failed file that a rejection of `CliIo.writeFiles` says, read without trusting it.
const failedIndex = (cause: unknown, count: number): number => {
  try {
    const index = typeof cause === "object" && cause !== null ? (cause as { index?: unknown }).index : undefined;
    return typeof index === "number" && Number.isInteger(index) && index >= 0 && index < count ? index : 0;
  } catch {
    return 0;
  }
};

/**
 * Writes files all or nothing with `CliIo.writeFiles`, or one by one with `writeFile` when
 * the `CliIo` has none; resolves to the file that failed (its position) and why, or
 * `undefined` when all are written.
 *
 * @internal
 */
export const writeFiles = async (
  io: CliIo,
  files: ReadonlyArray<FileToWrite>,
): Promise<{ readonly index: number; readonly cause: unknown } | undefined> => {
  const { writeFiles: writeAll } = io;
  if (typeof writeAll === "function") {
    try {
      await writeAll(files);
      return undefined;
    } catch (cause) {
      return { index: failedIndex(cause, files.length), cause };
    }
  }
  for (const [index, { path, content, options }] of files.entries()) {
    try {
      await io.writeFile(path, content, options);
    } catch (cause) {
      return { index, cause };
    }
  }
  return undefined;
};
