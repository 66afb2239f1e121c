import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { expectError } from "../support/expectError";
import { fakeIo } from "../support/fakeIo";
import { issueAt } from "../support/passOffice";

// Both checkpoint commands say which revocation list they checked a pass against (when it
// was issued, the key that signed it), refuse a list issued after the time of the check and,
// with --max-list-age, one issued too long before it.
const examples = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));
const keygen = fakeIo();
expect(await run(["pass", "keygen", "--private", "office.key", "--public", "office.pub", "--json"], keygen.io)).toBe(0);
const { keyId } = JSON.parse(keygen.stdout()) as { keyId: string };
const files = {
  ...keygen.written,
  "request.json": readFileSync(`${examples}ngo-annual.json`, "utf8"),
  "register.json": "[]",
};
const issued = await issueAt(files, "2006-03-06T07:00:00Z");
expect(issued.code).toBe(0);
const { token } = JSON.parse(issued.stdout) as { token: string };
const at = "2006-06-30T12:00:00Z";

/** The signed (empty) revocation list of the office, issued at `issuedAt`. */
const listAt = async (issuedAt: string): Promise<string> => {
  const { io, stdout } = fakeIo(files);
  expect(
    await run(["pass", "revocations", "--input", "register.json", "--key", "office.key", "--at", issuedAt], io),
  ).toBe(0);
  return stdout();
};

/** `pass verify` or `pass scan` (the token on standard input) at `at`, with a list issued at `issuedAt`. */
const check = async (command: "verify" | "scan", issuedAt: string | undefined, extra: ReadonlyArray<string> = []) => {
  const list = issuedAt === undefined ? {} : { "list.jws": await listAt(issuedAt) };
  const { io, stdout, stderr } = fakeIo({ ...files, ...list }, command === "scan" ? `${token}\n` : undefined);
  const args = [
    "pass",
    command,
    ...(command === "verify" ? [token] : []),
    "--keys",
    "office.pub",
    "--at",
    at,
    ...(issuedAt === undefined ? [] : ["--revoked", "list.jws"]),
    ...extra,
  ];
  const code = await run(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
};

describe.each(["verify", "scan"] as const)("pass %s and the revocation list's time", (command) => {
  const accepted = command === "verify" ? { valid: true } : { admit: true };

  it("--json says whether revocation was checked, and the list's issuing time and key", async () => {
    const without = await check(command, undefined, ["--json"]);
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout)).toMatchObject({ ...accepted, revocationChecked: false, revocationList: null });
    const withList = await check(command, "2006-06-01T10:00:00Z", ["--json"]);
    expect(withList.code).toBe(0);
    expect(JSON.parse(withList.stdout)).toMatchObject({
      ...accepted,
      revocationChecked: true,
      revocationList: { issuedAt: "2006-06-01T10:00:00Z", keyId },
    });
  });

  it("the text names the list's issuing time and key (scan: on its one line)", async () => {
    const { code, stdout } = await check(command, "2006-06-01T10:00:00Z");
    expect(code).toBe(0);
    expect(stdout).toContain(
      command === "verify"
        ? `revocation list: issued 2006-06-01T10:00:00Z, signed by key ${keyId}\n`
        : `(revocation list of 2006-06-01T10:00:00Z, key ${keyId})\n`,
    );
    if (command === "scan") expect(stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("a list issued after --at by more than the skew is refused (exit 2), at the edge accepted", async () => {
    expect((await check(command, "2006-06-30T12:05:00Z")).code).toBe(0);
    expect((await check(command, "2006-06-30T12:00:00Z", ["--skew", "0"])).code).toBe(0);
    for (const [issuedAt, extra] of [
      ["2006-06-30T12:05:01Z", []],
      ["2006-06-30T12:00:01Z", ["--skew", "0"]],
      ["2030-01-01T00:00:00Z", []],
    ] as const) {
      const { code, stdout, stderr } = await check(command, issuedAt, [...extra, "--json"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expectError(stderr, "InputError", ["--revoked"]);
      expect(stderr).toContain(`the revocation list was issued at ${issuedAt}, after the time of the check`);
    }
  });

  it("--max-list-age refuses (exit 2) a list issued longer ago than that; without it a list of any age is taken", async () => {
    // 2006-06-29T12:00:00Z is one day (86 400 s) before --at
    expect((await check(command, "2006-06-29T12:00:00Z", ["--max-list-age", "86400"])).code).toBe(0);
    const stale = await check(command, "2006-06-29T11:59:59Z", ["--max-list-age", "86400", "--json"]);
    expect(stale.code).toBe(2);
    expectError(stale.stderr, "InputError", ["--revoked"]);
    expect(stale.stderr).toContain("is older than --max-list-age 86400 s");
    expect((await check(command, "2006-01-01T00:00:00Z", ["--max-list-age", "86400"])).code).toBe(2);
    // the default: no limit, the list's time reported
    const old = await check(command, "2006-01-01T00:00:00Z", ["--json"]);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout)).toMatchObject({ revocationList: { issuedAt: "2006-01-01T00:00:00Z" } });
  });

  it("a --max-list-age that is not a whole number, or without --revoked, is a usage error (exit 2)", async () => {
    for (const bad of ["-1", "1.5", "a day", "", "12345678901"]) {
      const { code, stderr } = await check(command, "2006-06-30T11:00:00Z", ["--max-list-age", bad, "--json"]);
      expect(code).toBe(2);
      expectError(stderr, "UsageError");
      expect(stderr).toContain("--max-list-age must be a whole number of seconds");
    }
    const noList = await check(command, undefined, ["--max-list-age", "3600", "--json"]);
    expect(noList.code).toBe(2);
    expectError(noList.stderr, "UsageError");
    expect(noList.stderr).toContain("--max-list-age needs --revoked");
  });
});
