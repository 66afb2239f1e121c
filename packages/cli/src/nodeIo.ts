import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { CliIo } from "./CliIo";

const readAll = async (stream: NodeJS.ReadableStream): Promise<string> => {
  const chunks: Array<Buffer> = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
};

/**
 * The {@link CliIo} of a real process: `process.stdout`, `process.stderr`, `process.stdin`,
 * the file system (creating a written file's folder), the system clock, and colour when
 * standard output is a terminal and `NO_COLOR` is unset.
 *
 * @example
 * ```ts
 * import { nodeIo } from "@unsms/cli"
 *
 * const io = nodeIo()
 * console.log(typeof io.readFile)
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export const nodeIo = (): CliIo => {
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
    readStdin: () => readAll(process.stdin),
    stdinIsTTY: process.stdin.isTTY === true,
    readFile: (path) => readFile(path, "utf8"),
    writeFile: async (path, content, options) => {
      if (options?.createFolders === true) await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { flag: options?.overwrite === false ? "wx" : "w", ...(options?.mode === undefined ? {} : { mode: options.mode }) });
      // the mode applies when the file is created; an overwritten file gets it here
      if (options?.mode !== undefined) await chmod(path, options.mode);
    },
    readFileBytes: async (path) => new Uint8Array(await readFile(path)),
    now: () => new Date(),
    colour: process.stdout.isTTY === true && (process.env["NO_COLOR"] ?? "") === "",
  };
};
