import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { buildHostile, hostileRecipe } from "../../../tools/vitest/hostile";
import { nodeIo, run } from "@unsms/cli";
import { DEFAULT_FIFO_WRITER_TIMEOUT_MS, fifoWriterTimeout } from "../src/internal/inputLimit";

const tty = process.stdout.isTTY;
const noColor = process.env["NO_COLOR"];

afterEach(() => {
  process.stdout.isTTY = tty;
  if (noColor === undefined) delete process.env["NO_COLOR"];
  else process.env["NO_COLOR"] = noColor;
});

describe("nodeIo().colour", () => {
  it("is on for a terminal without NO_COLOR, off when NO_COLOR is set or output is not a terminal", () => {
    process.stdout.isTTY = true;
    delete process.env["NO_COLOR"];
    expect(nodeIo().colour).toBe(true);
    process.env["NO_COLOR"] = "1";
    expect(nodeIo().colour).toBe(false);
    process.env["NO_COLOR"] = "";
    expect(nodeIo().colour).toBe(true);
    process.stdout.isTTY = false;
    expect(nodeIo().colour).toBe(false);
  });
});

describe("nodeIo's options", () => {
  it("options that are not an object are the defaults, never a throw", () => {
    for (const options of [null, 3, "x", true]) expect(nodeIo(options as never).now()).toBeInstanceOf(Date);
  });

  it("a FIFO writer timeout that is not a finite number >= 0 is the default (never a hang)", () => {
    for (const value of [Number.NaN, Infinity, -Infinity, -1, "5", null])
      expect(fifoWriterTimeout({ fifoWriterTimeoutMs: value })).toBe(DEFAULT_FIFO_WRITER_TIMEOUT_MS);
    expect(fifoWriterTimeout({ fifoWriterTimeoutMs: 0 })).toBe(0);
    expect(fifoWriterTimeout({ fifoWriterTimeoutMs: 200 })).toBe(200);
    expect(fifoWriterTimeout(null)).toBe(DEFAULT_FIFO_WRITER_TIMEOUT_MS);
    const throwing = Object.defineProperty({}, "fifoWriterTimeoutMs", {
      get: () => {
        throw new Error("no");
      },
    });
    expect(fifoWriterTimeout(throwing)).toBe(DEFAULT_FIFO_WRITER_TIMEOUT_MS);
  });

  test.prop([hostileRecipe])("whatever the options, the timeout is a finite number >= 0", (recipe) => {
    for (const options of [buildHostile(recipe), { fifoWriterTimeoutMs: buildHostile(recipe) }]) {
      const timeout = fifoWriterTimeout(options);
      expect(Number.isFinite(timeout) && timeout >= 0).toBe(true);
    }
  });

  test.prop([fc.double()])("a finite number >= 0 is kept, anything else is the default", (value) => {
    expect(fifoWriterTimeout({ fifoWriterTimeoutMs: value })).toBe(
      Number.isFinite(value) && value >= 0 ? value : DEFAULT_FIFO_WRITER_TIMEOUT_MS,
    );
  });
});

describe("pass keygen with nodeIo: key files written all or nothing", () => {
  const folder = (): string => {
    const dir = join(mkdtempSync(join(tmpdir(), "unsms-keygen-")), "keys with spaces");
    mkdirSync(dir);
    return dir;
  };
  const quiet = { ...nodeIo(), stdout: () => true, stderr: () => undefined };

  it("--force never writes the private key into the existing file: a new file, mode 0600", async () => {
    const dir = folder();
    const target = join(dir, "office key.pem");
    const planted = join(dir, "planted.pem");
    writeFileSync(target, "planted\n");
    chmodSync(target, 0o666);
    // another name for the same file (what an attacker who planted it keeps)
    linkSync(target, planted);
    const args = ["pass", "keygen", "--private", target, "--public", join(dir, "office.pub"), "--force", "--json"];
    expect(await run(args, quiet)).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, "utf8")).toContain("BEGIN PRIVATE KEY");
    expect(readFileSync(planted, "utf8")).toBe("planted\n");
    expect(statSync(join(dir, "office.pub")).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(dir).sort()).toEqual(["office key.pem", "office.pub", "planted.pem"]);
  });

  it("an unwritable --public leaves no private key (exit 2, nothing at the targets, no temporary file)", async () => {
    const dir = folder();
    const errors: Array<string> = [];
    const args = ["pass", "keygen", "--private", join(dir, "k.pem"), "--public", join(dir, "no folder", "k.pub")];
    expect(await run(args, { ...quiet, stderr: (text) => errors.push(text) })).toBe(2);
    expect(errors.join("")).toContain("cannot write");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an existing --private without --force: exit 2, the public key is not left behind", async () => {
    const dir = folder();
    writeFileSync(join(dir, "k.pem"), "mine\n");
    const errors: Array<string> = [];
    const args = ["pass", "keygen", "--private", join(dir, "k.pem"), "--public", join(dir, "k.pub"), "--json"];
    expect(await run(args, { ...quiet, stderr: (text) => errors.push(text) })).toBe(2);
    expect(JSON.parse(errors.join("")).error.issues[0].path).toBe("--private");
    expect(readdirSync(dir)).toEqual(["k.pem"]);
    expect(readFileSync(join(dir, "k.pem"), "utf8")).toBe("mine\n");
  });

  it("a temporary file of the same name is not ours: refused and left alone", async () => {
    const dir = folder();
    const temp = join(dir, `.k.pem.${process.pid}.tmp`);
    writeFileSync(temp, "someone's\n");
    const errors: Array<string> = [];
    const args = ["pass", "keygen", "--private", join(dir, "k.pem"), "--public", join(dir, "k.pub")];
    expect(await run(args, { ...quiet, stderr: (text) => errors.push(text) })).toBe(2);
    expect(errors.join("")).toContain("temporary file");
    expect(readdirSync(dir)).toEqual([`.k.pem.${process.pid}.tmp`]);
    expect(readFileSync(temp, "utf8")).toBe("someone's\n");
  });
});
