import type { CliIo } from "@unsms/cli";

const fsError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });

/** A CliIo that records what is printed and serves files from memory. */
export const fakeIo = (files: Readonly<Record<string, string | Uint8Array>> = {}, stdin?: string) => {
  const out: Array<string> = [];
  const err: Array<string> = [];
  const written: Record<string, string> = {};
  const writtenBytes: Record<string, Uint8Array> = {};
  const modes: Record<string, number> = {};
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => err.push(text),
    readStdin: () => Promise.resolve(stdin ?? ""),
    stdinIsTTY: stdin === undefined,
    readFile: (path) => {
      const content = files[path] ?? written[path];
      if (content === undefined) return Promise.reject(fsError("ENOENT", path));
      return Promise.resolve(typeof content === "string" ? content : new TextDecoder().decode(content));
    },
    readFileBytes: (path) => {
      const content = files[path] ?? writtenBytes[path];
      if (content === undefined) return Promise.reject(fsError("ENOENT", path));
      return Promise.resolve(typeof content === "string" ? new TextEncoder().encode(content) : content);
    },
    writeFile: (path, content, options) => {
      if (options?.overwrite === false && (path in written || path in writtenBytes || path in files))
        return Promise.reject(fsError("EEXIST", path));
      if (path.startsWith("/missing/")) return Promise.reject(fsError("ENOENT", path));
      if (typeof content === "string") written[path] = content;
      else writtenBytes[path] = content;
      if (options?.mode !== undefined) modes[path] = options.mode;
      return Promise.resolve();
    },
    now: () => new Date("2006-06-30T12:00:00Z"),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join(""), written, writtenBytes, modes };
};
