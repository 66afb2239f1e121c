import type { CliIo } from "@unsms/cli";

/** A CliIo that records what is printed and serves files from memory. */
export const fakeIo = (files: Readonly<Record<string, string | Uint8Array>> = {}, stdin?: string) => {
  const out: Array<string> = [];
  const err: Array<string> = [];
  const written: Record<string, string> = {};
  const writtenBytes: Record<string, Uint8Array> = {};
  const modes: Record<string, number> = {};
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin ?? "",
    stdinIsTTY: stdin === undefined,
    readFile: async (path) => {
      const content = files[path] ?? written[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof content === "string" ? content : new TextDecoder().decode(content);
    },
    readFileBytes: async (path) => {
      const content = files[path] ?? writtenBytes[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, content, options) => {
      if (options?.overwrite === false && (path in written || path in writtenBytes || path in files)) throw Object.assign(new Error(`EEXIST: ${path}`), { code: "EEXIST" });
      if (path.startsWith("/missing/")) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      if (typeof content === "string") written[path] = content;
      else writtenBytes[path] = content;
      if (options?.mode !== undefined) modes[path] = options.mode;
    },
    now: () => new Date("2006-06-30T12:00:00Z"),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join(""), written, writtenBytes, modes };
};
