import { mkdir, readFile, writeFile } from "node:fs/promises";
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
export const nodeIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
  stdinIsTTY: process.stdin.isTTY === true,
  readFile: (path) => readFile(path, "utf8"),
  writeFile: async (path, content) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, "utf8");
  },
  now: () => new Date(),
  colour: process.stdout.isTTY === true && (process.env["NO_COLOR"] ?? "") === "",
});
