import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { nodeIo, run, type CliIo } from "@unsms/cli";
import { echoCommand as echo } from "./support/echoCommand";
import { fakeIo } from "./support/fakeIo";

/** A CliIo serving bytes, with a small input size limit. */
const bytesIo = (
  files: Readonly<Record<string, Uint8Array | string>>,
  stdin?: Uint8Array | string,
  maxInputBytes?: number,
) => {
  const base = fakeIo();
  const io: CliIo = {
    ...base.io,
    stdinIsTTY: stdin === undefined,
    readStdin: () => Promise.resolve(stdin ?? ""),
    readFile: (path) => {
      const content = files[path];
      return content === undefined
        ? Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }))
        : Promise.resolve(content);
    },
    ...(maxInputBytes === undefined ? {} : { maxInputBytes }),
  };
  return { ...base, io };
};

const errorOf = (stderr: string) =>
  (
    JSON.parse(stderr) as {
      error: { code: string; message: string; issues: Array<{ path: string; expected: string; received: string }> };
    }
  ).error;

describe("the input reader (CommandContext.readDecoded)", () => {
  it("refuses input above the size limit with exit 2, for files and stdin, before parsing", async () => {
    for (const [args, files, stdin] of [
      [["echo", "--input", "big.json", "--json"], { "big.json": `[${"1,".repeat(60)}1]` }, undefined],
      [["echo", "--json"], {}, new Uint8Array(101).fill(0x20)],
    ] as const) {
      const { io, stderr, stdout } = bytesIo(files, stdin, 100);
      expect(await run(args, io, [echo])).toBe(2);
      expect(stdout()).toBe("");
      const error = errorOf(stderr());
      expect(error.code).toBe("InputError");
      expect(error.message).toContain("larger than the input size limit of 100 bytes");
    }
    const atLimit = bytesIo({ "ok.json": `[${" ".repeat(98)}]` }, undefined, 100);
    expect(await run(["echo", "--input", "ok.json", "--json"], atLimit.io, [echo])).toBe(0);
  });

  it("a reader's EFBIG (a file known to be too large) is the same size error", async () => {
    const { io, stderr } = fakeIo();
    const refusing: CliIo = {
      ...io,
      readFile: async () => Promise.reject(Object.assign(new Error("big"), { code: "EFBIG" })),
    };
    expect(await run(["echo", "--input", "x.json", "--json"], refusing, [echo])).toBe(2);
    expect(errorOf(stderr()).message).toContain("larger than the input size limit of 67108864 bytes");
  });

  it("refuses bytes that are not UTF-8 with the offset of the first bad byte, in JSON and in text files", async () => {
    const bad = new Uint8Array([...new TextEncoder().encode('{"id":"UND'), 0xff, ...new TextEncoder().encode('P"}')]);
    const overlong = new Uint8Array([0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d]);
    const surrogate = new Uint8Array([0x5b, 0x22, 0x41, 0xed, 0xa0, 0x80, 0x22, 0x5d]);
    for (const [bytes, offset] of [
      [bad, 10],
      [overlong, 2],
      [surrogate, 3],
    ] as const) {
      for (const args of [
        ["echo", "--input", "in.json", "--json"],
        ["text", "in.json", "--json"],
      ]) {
        const { io, stderr } = bytesIo({ "in.json": bytes });
        expect(await run(args, io, [echo])).toBe(2);
        expect(errorOf(stderr()).message).toContain(`at byte offset ${offset}`);
      }
    }
  });

  it("reads standard input when the path is `-`, for JSON and for text, and names it so", async () => {
    const piped = bytesIo({ "-": '{"from":"a file named -"}' }, '{"from":"stdin"}');
    expect(await run(["echo", "--input", "-", "--json"], piped.io, [echo])).toBe(0);
    expect(JSON.parse(piped.stdout())).toEqual({ from: "stdin" });
    const text = bytesIo({}, "a,b");
    expect(await run(["text", "-", "--json"], text.io, [echo])).toBe(0);
    expect(JSON.parse(text.stdout())).toBe("a,b");
    const broken = bytesIo({}, "{");
    expect(await run(["echo", "--input", "-", "--json"], broken.io, [echo])).toBe(2);
    expect(errorOf(broken.stderr()).message).toContain("standard input");
    const tty = bytesIo({});
    expect(await run(["echo", "--input", "-", "--json"], tty.io, [echo])).toBe(2);
    expect(errorOf(tty.stderr()).message).toContain("no input");
  });

  it("drops a leading byte order mark the same way for JSON and text (CSV, PEM)", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')]);
    const json = bytesIo({ "in.json": bom });
    expect(await run(["echo", "--input", "in.json", "--json"], json.io, [echo])).toBe(0);
    expect(JSON.parse(json.stdout())).toEqual({ a: 1 });
    const text = bytesIo({ "in.csv": bom });
    expect(await run(["text", "in.csv", "--json"], text.io, [echo])).toBe(0);
    expect(JSON.parse(text.stdout())).toBe('{"a":1}');
    const piped = bytesIo({}, "\uFEFF[1]");
    expect(await run(["echo", "--json"], piped.io, [echo])).toBe(0);
  });

  it("'not JSON' quotes at most ten escaped characters of the offending token, never the file", async () => {
    const passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n";
    const { io, stderr } = bytesIo({ "/etc/passwd": passwd });
    expect(await run(["echo", "--input", "/etc/passwd", "--json"], io, [echo])).toBe(2);
    const error = errorOf(stderr());
    expect(error.message).toBe('"/etc/passwd" is not JSON: expected a JSON value at line 1, column 1, found "root"');
    expect(stderr()).not.toContain("/bin/bash");
    expect(stderr()).not.toContain("root:x:0:0:");
    const readable = bytesIo({ "in.json": '{\n  "secret": "hunter2" x\n}' });
    expect(await run(["echo", "--input", "in.json"], readable.io, [echo])).toBe(2);
    expect(readable.stderr()).toContain("expected ',' or '}' at line 2, column 23, found \"x\"");
    expect(readable.stderr()).not.toContain("hunter2");
  });

  test.prop([fc.string({ maxLength: 40 }), fc.string({ minLength: 12, maxLength: 40 })])(
    "an error about text that is not JSON shows at most ten characters of it, escaped",
    async (prefix, secret) => {
      const text = `${prefix}§${secret}`;
      fc.pre(
        !(() => {
          try {
            JSON.parse(text);
            return true;
          } catch {
            return false;
          }
        })(),
      );
      const { io, stderr } = bytesIo({ "in.json": text });
      expect(await run(["echo", "--input", "in.json", "--json"], io, [echo])).toBe(2);
      const error = errorOf(stderr());
      const shown = error.issues[0]?.received ?? "";
      if (shown === "the end of the input") return;
      const received = JSON.parse(shown.replace(/…$/, "")) as string;
      expect(received.length).toBeLessThanOrEqual(10);
      expect(text).toContain(received);
    },
  );
});

describe("nodeIo reads with the limit", () => {
  const dir = mkdtempSync(join(tmpdir(), "unsms-io-"));

  it("refuses a regular file above the limit before reading it, and reads one within it", async () => {
    const big = join(dir, "big.json");
    writeFileSync(big, `[${"0,".repeat(100)}0]`);
    const io = { ...nodeIo(), maxInputBytes: 100 };
    await expect(io.readFile(big, 100)).rejects.toMatchObject({ code: "EFBIG" });
    const small = join(dir, "small.json");
    writeFileSync(small, "[1]");
    expect(new TextDecoder().decode((await io.readFile(small, 100)) as Uint8Array)).toBe("[1]");
  });

  it("reads a device (/dev/zero) only up to the limit", async () => {
    const started = Date.now();
    await expect(nodeIo().readFile("/dev/zero", 1 << 20)).rejects.toMatchObject({ code: "EFBIG" });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a FIFO nobody writes to is an error after the writer timeout, not a hang (exit 2)", async () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const io = {
      ...nodeIo({ fifoWriterTimeoutMs: 200 }),
      stdout: () => undefined,
      stderr: (text: string) => errors.push(text),
    };
    const errors: Array<string> = [];
    expect(await run(["echo", "--input", fifo, "--json"], io, [echo])).toBe(2);
    expect(errorOf(errors.join("")).message).toContain("a FIFO no process opened for writing");
  });

  it("a FIFO whose writer comes later is read", async () => {
    const fifo = join(dir, "later");
    execFileSync("mkfifo", [fifo]);
    const reading = nodeIo({ fifoWriterTimeoutMs: 20_000 }).readFile(fifo, 1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    execFileSync("sh", ["-c", `printf '[1,2]' > '${fifo}'`]);
    expect(new TextDecoder().decode((await reading) as Uint8Array)).toBe("[1,2]");
  });

  it("names the file and the reason when it cannot be read", async () => {
    const errors: Array<string> = [];
    const io = { ...nodeIo(), stdout: () => undefined, stderr: (text: string) => errors.push(text) };
    expect(await run(["echo", "--input", join(dir, "missing.json"), "--json"], io, [echo])).toBe(2);
    expect(errorOf(errors.join("")).message).toContain("(no such file)");
    errors.length = 0;
    expect(await run(["echo", "--input", dir, "--json"], io, [echo])).toBe(2);
    expect(errorOf(errors.join("")).message).toContain("(a directory)");
  });
});
