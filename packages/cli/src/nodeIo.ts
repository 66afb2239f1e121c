/* eslint-disable no-restricted-syntax -- the CliIo contract: a reader rejects with an errno-style `code` (EFBIG, ETIMEDOUT, EISDIR…), which makeContext turns into an InputError value */
import { constants, fstatSync } from "node:fs";
import { type FileHandle, link, lstat, mkdir, open, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isatty } from "node:tty";
import type { CliIo } from "./CliIo";
import { DEFAULT_MAX_INPUT_BYTES, fifoWriterTimeout } from "./internal/inputLimit";

const CHUNK = 1024 * 1024;

const failure = (code: string, message: string): Error => Object.assign(new Error(message), { code });
const tooLarge = (maxBytes: number): Error => failure("EFBIG", `larger than the input size limit of ${maxBytes} bytes`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Reads an open file, pipe, FIFO or device to its end, refusing it after maxBytes. The
// handle is non-blocking: a FIFO nobody has opened for writing reads as end-of-file
// (then we wait up to `writerTimeoutMs` for a writer) and one whose writer is silent
// answers EAGAIN (then we poll, as long as the writer keeps it open).
const readBounded = async (
  handle: FileHandle,
  maxBytes: number,
  fifo: boolean,
  writerTimeoutMs: number,
): Promise<Uint8Array> => {
  const chunks: Array<Uint8Array> = [];
  let total = 0;
  let writerSeen = !fifo;
  const started = Date.now();
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EAGAIN") throw error;
      writerSeen = true;
      await sleep(2);
      continue;
    }
    if (bytesRead === 0) {
      if (writerSeen) break;
      if (Date.now() - started >= writerTimeoutMs)
        throw failure("ETIMEDOUT", `no process opened the FIFO for writing within ${writerTimeoutMs} ms`);
      await sleep(10);
      continue;
    }
    writerSeen = true;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(maxBytes);
  }
  return Buffer.concat(chunks, total);
};

const readFileBounded = async (path: string, maxBytes: number, writerTimeoutMs: number): Promise<Uint8Array> => {
  // O_NONBLOCK: opening a FIFO with no writer would otherwise block forever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw failure("EISDIR", "a directory");
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge(maxBytes);
    return await readBounded(handle, maxBytes, stats.isFIFO(), writerTimeoutMs);
  } finally {
    await handle.close();
  }
};

const readStdinBounded = async (maxBytes: number): Promise<Uint8Array> => {
  const stats = fstatSync(0);
  if (stats.isFile() && stats.size > maxBytes) throw tooLarge(maxBytes);
  const chunks: Array<Buffer> = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw tooLarge(maxBytes);
    }
  }
  return Buffer.concat(chunks, total);
};

type FileToWrite = Parameters<NonNullable<CliIo["writeFiles"]>>[0][number];

// The temporary file a file is written to first: in its folder (so the rename stays on one
// file system), named by the process id, never random.
const temporaryPath = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

const exists = async (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    (error: unknown) => {
      if ((error as { code?: unknown }).code === "ENOENT") return false;
      throw error;
    },
  );

// Puts a written temporary file at its target: `link` refuses an existing target atomically;
// where links are not supported (FAT), the target is checked, then renamed over.
const place = async (temp: string, path: string, overwrite: boolean): Promise<void> => {
  if (overwrite) return rename(temp, path);
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "EEXIST") throw error;
    if (await exists(path)) throw failure("EEXIST", `${path} exists`);
    return rename(temp, path);
  }
  await unlink(temp).catch(() => undefined);
};

// Writes files all or nothing: each to a new temporary file (O_EXCL, its mode set before
// any byte is written, synced), then, once all are written, each renamed over its target.
// On a failure the temporary files are removed and the targets created so far too.
const writeFilesAtomically = async (files: ReadonlyArray<FileToWrite>): Promise<void> => {
  const temps = new Map<number, string>();
  const created: Array<string> = [];
  let index = 0;
  try {
    for (; index < files.length; index++) {
      const { path, content, options } = files[index] as FileToWrite;
      if (options?.createFolders === true) await mkdir(dirname(path), { recursive: true });
      const temp = temporaryPath(path);
      // "wx": a file of that name already there is not ours: refused, and left alone
      const handle = await open(temp, "wx", options?.mode ?? 0o666).catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== "EEXIST") throw error;
        throw failure("ETMPEXIST", `${temp} exists`);
      });
      temps.set(index, temp);
      try {
        // exactly this mode, whatever the umask, before the content is in the file
        if (options?.mode !== undefined) await handle.chmod(options.mode);
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (index = 0; index < files.length; index++) {
      const { path, options } = files[index] as FileToWrite;
      const overwrite = options?.overwrite !== false;
      const existed = overwrite && (await exists(path));
      await place(temps.get(index) as string, path, overwrite);
      temps.delete(index);
      if (!existed) created.push(path);
    }
  } catch (cause) {
    for (const path of [...temps.values(), ...created]) await unlink(path).catch(() => undefined);
    throw Object.assign(cause instanceof Error ? cause : failure("unreadable", String(cause)), { index });
  }
};

/**
 * The {@link CliIo} of a real process: `process.stdout`, `process.stderr`, `process.stdin`,
 * the file system, the system clock, and colour when standard output is a terminal and
 * `NO_COLOR` is unset. Input is read with the size limit: a regular file
 * larger than the limit is refused before it is read; standard input, pipes, FIFOs and
 * devices (`/dev/zero`) are read up to the limit and refused beyond it. A FIFO given as a
 * file that no process opens for writing within `fifoWriterTimeoutMs` (default 10 s) is an
 * error (`ETIMEDOUT`), never a hang; a timeout that is not a finite number of milliseconds
 * ≥ 0 (`NaN`, `Infinity`, −1) is the default. Options that are not an object are the defaults.
 * Files written with a `mode`, and `writeFiles`, go to a new temporary file in the same
 * folder (`.<name>.<pid>.tmp`, created with that mode, refused if present), then renamed
 * over the target: a private key is never in a file with another mode, and a failure
 * leaves nothing at the target.
 *
 * @example
 * ```ts
 * import { nodeIo, run } from "@unsms/cli"
 *
 * const code = await run(["--version"], nodeIo())
 * console.log(code) // 0
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export const nodeIo = (options: { readonly fifoWriterTimeoutMs?: number } = {}): CliIo => {
  const fifoTimeout = fifoWriterTimeout(options);
  // a reader that goes away (`unsms … | head`) closes the pipe: the rest of the output is
  // dropped, never an EPIPE stack trace
  let closed = false;
  process.stdout.on("error", () => {
    closed = true;
  });
  return {
    stdout: (text) => (closed ? true : process.stdout.write(text)),
    drain: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        const done = (): void => {
          process.stdout.off("drain", done).off("close", done).off("error", done);
          resolve();
        };
        process.stdout.once("drain", done).once("close", done).once("error", done);
      }),
    stderr: (text) => process.stderr.write(text),
    readStdin: (maxBytes) => readStdinBounded(maxBytes),
    // isatty, not process.stdin.isTTY: touching process.stdin opens a stream on it.
    stdinIsTTY: isatty(0),
    readFile: (path, maxBytes) => readFileBounded(path, maxBytes, fifoTimeout),
    writeFile: async (path, content, writeOptions) => {
      // a file with a mode (a private key) is never written into an existing file
      if (writeOptions?.mode !== undefined) return writeFilesAtomically([{ path, content, options: writeOptions }]);
      if (writeOptions?.createFolders === true) await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { flag: writeOptions?.overwrite === false ? "wx" : "w" });
    },
    writeFiles: writeFilesAtomically,
    readFileBytes: (path) => readFileBounded(path, DEFAULT_MAX_INPUT_BYTES, fifoTimeout),
    now: () => new Date(),
    colour: process.stdout.isTTY === true && (process.env["NO_COLOR"] ?? "") === "",
  };
};
