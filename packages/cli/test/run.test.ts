import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { describeAllowed } from "@unsms/sdk";
import { inputJsonSchema, inputSchemas } from "@unsms/sdk/schema";
import packageJson from "../package.json" with { type: "json" };
import { echoCommand as echo } from "./support/echoCommand";
import { fakeIo } from "./support/fakeIo";

describe("unsms conventions", () => {
  it("--version prints the package version", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(stdout().trim()).toBe(packageJson.version);
  });

  it("--help lists the commands and the exit codes", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["--help"], io, [echo])).toBe(0);
    expect(stdout()).toContain("schema");
    expect(stdout()).toContain("echo");
    expect(stdout()).toContain("Exit codes");
  });

  it("a bad flag exits 2 with the JSON error on stderr and no stack trace", async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await run(["--bogus", "--json"], io)).toBe(2);
    expect(stdout()).toBe("");
    const body = JSON.parse(stderr()) as { error: { code: string; message: string; issues: unknown[] } };
    expect(body.error.code).toBe("UsageError");
    expect(body.error.message).toContain("--bogus");
    expect(body.error.issues).toEqual([]);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it("a bad flag without --json prints a readable error", async () => {
    const { io, stderr } = fakeIo();
    expect(await run(["schema", "--bogus"], io)).toBe(2);
    expect(stderr()).toContain("unknown option");
  });

  it("schema lists the sdk's input names and prints a JSON Schema; an unknown name exits 2", async () => {
    const list = fakeIo();
    expect(await run(["schema", "--json"], list.io, [echo])).toBe(0);
    expect(JSON.parse(list.stdout())).toEqual({ schemas: Object.keys(inputSchemas).sort() });
    const one = fakeIo();
    expect(await run(["schema", "risk-register"], one.io, [echo])).toBe(0);
    expect(JSON.parse(one.stdout())).toEqual(Result.getOrThrow(inputJsonSchema("risk-register")));
    for (const name of ["__proto__", "constructor", "toString"]) {
      const inherited = fakeIo();
      expect(await run(["schema", name, "--json"], inherited.io, [echo])).toBe(2);
      expect(JSON.parse(inherited.stderr()).error.code).toBe("UsageError");
    }
    const unknown = fakeIo();
    expect(await run(["schema", "nope", "--json"], unknown.io, [echo])).toBe(2);
    expect(JSON.parse(unknown.stderr()).error.message).toContain('"accountability-check"');
  });

  it("an unknown schema lists the names allowed as every error does: the first 12, then how many more", async () => {
    const names = Object.keys(inputSchemas).sort();
    expect(names.length).toBeGreaterThan(12);
    const unknown = fakeIo();
    expect(await run(["schema", "nope", "--json"], unknown.io, [echo])).toBe(2);
    const { message } = JSON.parse(unknown.stderr()).error as { message: string };
    expect(message).toBe(`unknown schema "nope": expected ${describeAllowed(names)} (\`unsms schema\` lists them all)`);
    expect(message).toContain(`"${names[11]}", … (and ${names.length - 12} more)`);
    expect(message).not.toContain(`"${names[12]}"`);
  });

  it("input comes from --input or stdin; exit 1 when the domain says no", async () => {
    const file = fakeIo({ "in.json": '{"say":"yes"}' });
    expect(await run(["echo", "--input", "in.json", "--json"], file.io, [echo])).toBe(0);
    expect(JSON.parse(file.stdout())).toEqual({ say: "yes" });
    const piped = fakeIo({}, '{"say":"no"}');
    expect(await run(["echo"], piped.io, [echo])).toBe(1);
    expect(piped.stdout()).toBe('{"say":"no"}\n');
  });

  it("missing file, no stdin and invalid JSON are input errors (exit 2)", async () => {
    for (const [args, stdin, code] of [
      [["echo", "--input", "missing.json", "--json"], undefined, "InputError"],
      [["echo", "--json"], undefined, "InputError"],
      [["echo", "--json"], "{not json", "InputError"],
    ] as const) {
      const { io, stderr } = fakeIo({}, stdin);
      expect(await run(args, io, [echo])).toBe(2);
      const body = JSON.parse(stderr()) as { error: { code: string; issues: Array<{ path: string }> } };
      expect(body.error.code).toBe(code);
      expect(body.error.issues[0]?.path).toBeDefined();
    }
  });

  it("an embedder's CliIo that throws anything, even a revoked proxy, gives exit 2 and an error, never a rejection", async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const unreadable = Object.create(Error.prototype, { message: { get: () => Symbol("no") } }) as Error;
    for (const thrown of [revoked.proxy as Error, unreadable]) {
      const { io, stderr } = fakeIo({}, "{}");
      const hostile = {
        ...io,
        stdout: () => {
          throw thrown;
        },
      };
      expect(await run(["echo", "--json"], hostile, [echo])).toBe(2);
      const body = JSON.parse(stderr()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("InternalError");
      expect(body.error.message).toMatch(/^unexpected failure: (an unreadable exception|Error: a symbol)$/);
    }
  });

  test.prop([
    fc.array(fc.oneof(fc.string(), fc.constantFrom("--json", "--input", "schema", "echo", "--help", "-V")), {
      maxLength: 6,
    }),
  ])("never throws and always exits 0, 1 or 2, whatever the arguments", async (args) => {
    const { io, stderr } = fakeIo({}, "{}");
    const code = await run(args, io, [echo]);
    expect([0, 1, 2]).toContain(code);
    expect(stderr()).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
