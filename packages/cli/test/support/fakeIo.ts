import type { CliIo } from "@unsms/cli";

/** A CliIo that records what is printed and serves files from memory. */
export const fakeIo = (files: Readonly<Record<string, string>> = {}, stdin?: string) => {
  const out: Array<string> = [];
  const err: Array<string> = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => err.push(text),
    readStdin: async () => stdin ?? "",
    stdinIsTTY: stdin === undefined,
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return content;
    },
    writeFile: async (path, content) => {
      written[path] = content;
    },
    now: () => new Date("2006-06-30T12:00:00Z"),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join(""), written };
};
