import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { ReferenceData } from "@unsms/sdk";
import { example } from "../support/example";
import { fakeIo } from "../support/fakeIo";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const examplesDir = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));
const samples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f.replace(/\.json$/, ""), readFileSync(`${examplesDir}${f}`, "utf8")] as const);

const keygen = async (name: string) => {
  const { io, stdout, written } = fakeIo();
  expect(await run(["pass", "keygen", "--private", `${name}.key`, "--public", `${name}.pub`, "--json"], io)).toBe(0);
  const { keyId } = JSON.parse(stdout()) as { keyId: string };
  expect(written[`${name}.key`]).toContain("BEGIN PRIVATE KEY");
  expect(written[`${name}.pub`]).toContain("BEGIN PUBLIC KEY");
  return { keyId, files: written };
};

const office = await keygen("office");
const other = await keygen("other");
const files = {
  ...office.files,
  ...other.files,
  ...Object.fromEntries(samples.map(([name, text]) => [`${name}.json`, text])),
};

const issue = async (category: string, extra: ReadonlyArray<string> = []) => {
  const { io, stdout } = fakeIo(files);
  const code = await run(
    [
      "pass",
      "issue",
      "--input",
      `${category}.json`,
      "--key",
      "office.key",
      "--serial",
      `NY-${category}`,
      "--json",
      ...extra,
    ],
    io,
  );
  return {
    code,
    body: JSON.parse(stdout()) as {
      pass: { id: string; dutyStation: string; zones: Array<string>; validUntil: string };
      token: string;
    },
  };
};

describe("unsms pass", () => {
  it("keygen prints the key id; text output names the files", async () => {
    expect(office.keyId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { io, stdout } = fakeIo();
    expect(await run(["pass", "keygen", "--private", "a.key", "--public", "a.pub"], io)).toBe(0);
    expect(stdout()).toMatch(/^key id [A-Za-z0-9_-]{43}\n/);
  });

  it("every shipped sample request is issued and its token verifies at the issuing station (exit 0)", async () => {
    expect(samples).toHaveLength(11);
    for (const [category] of samples) {
      const { code, body } = await issue(category);
      expect(code).toBe(0);
      expect(body.pass.id).toBe(`NY-${category}`);
      expect(JSON.parse(Buffer.from(body.token.split(".")[0]!, "base64url").toString())).toEqual({
        alg: "EdDSA",
        kid: office.keyId,
        typ: "unsms-pass+jwt",
      });
      const { io, stdout } = fakeIo(files);
      const args = [
        "pass",
        "verify",
        body.token,
        "--keys",
        "other.pub",
        "office.pub",
        "--zone",
        body.pass.zones[0]!,
        "--station",
        body.pass.dutyStation,
        "--json",
      ];
      expect(await run(args, io)).toBe(0);
      expect(JSON.parse(stdout())).toMatchObject({ valid: true, pass: { id: `NY-${category}`, category } });
    }
  });

  it("issue without --json prints the pass and the token; the issuing time defaults to now", async () => {
    const { io, stdout } = fakeIo(files);
    expect(await run(["pass", "issue", "--input", "visitor.json", "--key", "office.key"], io)).toBe(0);
    expect(stdout()).toContain("P-20060630T120000Z");
    expect(stdout()).toContain("2006-07-01T12:00:00Z (exclusive)");
    expect(stdout()).toMatch(/\ney[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}\n/);
  });

  it("a request with unmet requirements exits 1 listing every one", async () => {
    const request = {
      ...JSON.parse(files["media.json"]!),
      photo: undefined,
      assignmentLetter: undefined,
      identityDocuments: [{ kind: "national-id", number: "1" }],
    };
    const { io, stdout } = fakeIo({ ...files, "bad.json": JSON.stringify(request) });
    expect(await run(["pass", "issue", "--input", "bad.json", "--key", "office.key", "--json"], io)).toBe(1);
    const body = JSON.parse(stdout()) as { issued: boolean; issues: Array<{ path: string }> };
    expect(body.issued).toBe(false);
    expect(body.issues.map((i) => i.path)).toEqual([
      "$.assignmentLetter",
      "$.identityDocuments",
      "$.identityDocuments",
      "$.photo",
    ]);
    const text = fakeIo({ ...files, "bad.json": JSON.stringify(request) });
    expect(await run(["pass", "issue", "--input", "bad.json", "--key", "office.key"], text.io)).toBe(1);
    expect(text.stdout()).toContain("4 unmet requirements");
  });

  it("--register applies the passes-per-organization limit (exit 1 for an 8th NGO annual pass)", async () => {
    const { body } = await issue("ngo-annual");
    const register = Array.from({ length: 7 }, (_, i) => ({
      pass: { ...body.pass, id: `NY-R${i}` },
      status: "active",
      changedAt: "2006-06-30T12:00:00Z",
    }));
    const { io, stdout } = fakeIo({ ...files, "register.json": JSON.stringify(register) });
    expect(
      await run(
        ["pass", "issue", "--input", "ngo-annual.json", "--key", "office.key", "--register", "register.json", "--json"],
        io,
      ),
    ).toBe(1);
    expect((JSON.parse(stdout()) as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([
      "$.holder.organization",
    ]);
  });

  it("bad input exits 2: an invalid request, a public key given to sign, a bad --at", async () => {
    const invalid = fakeIo({ ...files, "x.json": '{"category":"astronaut"}' });
    expect(await run(["pass", "issue", "--input", "x.json", "--key", "office.key", "--json"], invalid.io)).toBe(2);
    expect(JSON.parse(invalid.stderr()).error.code).toBe("DecodeError");
    const wrongKey = fakeIo(files);
    expect(await run(["pass", "issue", "--input", "visitor.json", "--key", "office.pub", "--json"], wrongKey.io)).toBe(
      2,
    );
    expect(JSON.parse(wrongKey.stderr()).error.code).toBe("PassKeyError");
    const badTime = fakeIo(files);
    expect(await run(["pass", "verify", "x", "--keys", "office.pub", "--at", "yesterday", "--json"], badTime.io)).toBe(
      2,
    );
    const missingKey = fakeIo(files);
    expect(await run(["pass", "verify", "x", "--keys", "nope.pub", "--json"], missingKey.io)).toBe(2);
  });

  it("a --skew outside 0 to one day is a usage error (exit 2) for verify and scan, never a genuine pass refused", async () => {
    const { body } = await issue("ngo-annual");
    const at = "2006-06-30T12:00:00Z";
    const usage = async (skew: string, command: "verify" | "scan") => {
      const { io, stdout, stderr } = fakeIo(files, command === "scan" ? body.token : undefined);
      const args = command === "verify" ? ["verify", body.token] : ["scan"];
      const code = await run(["pass", ...args, "--keys", "office.pub", "--at", at, "--skew", skew, "--json"], io);
      return { code, stdout: stdout(), error: stderr() };
    };
    for (const command of ["verify", "scan"] as const) {
      expect(await usage("86400", command)).toMatchObject({ code: 0 });
      for (const skew of ["86401", "99999", "-1", "1e3", "600000"]) {
        const refused = await usage(skew, command);
        expect(refused).toMatchObject({ code: 2, stdout: "" });
        expect(JSON.parse(refused.error).error.message).toBe(
          `--skew must be a whole number of seconds from 0 to 86400 (got ${JSON.stringify(skew)})`,
        );
      }
    }
  });

  it("verify refuses with exit 1 and the reason: unknown key, wrong station, wrong zone, expired, malformed, revoked", async () => {
    const { body } = await issue("ngo-annual");
    const verify = async (args: ReadonlyArray<string>, extraFiles: Record<string, string> = {}) => {
      const { io, stdout } = fakeIo({ ...files, ...extraFiles });
      const code = await run(["pass", "verify", ...args, "--json"], io);
      return [code, JSON.parse(stdout())] as const;
    };
    expect(await verify([body.token, "--keys", "other.pub"])).toEqual([1, { valid: false, reason: "unknown-key" }]);
    expect(await verify([body.token, "--keys", "office.pub", "--station", "Geneva"])).toEqual([
      1,
      { valid: false, reason: "wrong-duty-station" },
    ]);
    expect(await verify([body.token, "--keys", "office.pub", "--zone", "offices"])).toEqual([
      1,
      { valid: false, reason: "wrong-zone" },
    ]);
    expect(await verify([body.token, "--keys", "office.pub", "--at", "2007-01-01T00:05:00Z"])).toEqual([
      1,
      { valid: false, reason: "expired" },
    ]);
    expect(await verify([body.token, "--keys", "office.pub", "--at", "2007-01-01T00:04:59Z"])).toEqual([
      0,
      expect.objectContaining({ valid: true }),
    ]);
    expect(await verify([body.token, "--keys", "office.pub", "--at", "2007-01-01T00:00:00Z", "--skew", "0"])).toEqual([
      1,
      { valid: false, reason: "expired" },
    ]);
    expect(await verify([`${body.token}x`, "--keys", "office.pub"])).toEqual([
      1,
      { valid: false, reason: "malformed" },
    ]);
    // revocation: a register with the pass revoked, its signed list, then verify with --revoked
    const register = [{ pass: body.pass, status: "revoked", changedAt: "2006-06-30T12:00:00Z", reason: "lost" }];
    const listed = fakeIo({ ...files, "register.json": JSON.stringify(register) });
    expect(await run(["pass", "revocations", "--input", "register.json", "--key", "office.key"], listed.io)).toBe(0);
    const list = listed.stdout();
    expect(JSON.parse(Buffer.from(list.split(".")[0]!, "base64url").toString())).toMatchObject({
      alg: "EdDSA",
      typ: "unsms-revocations+jwt",
    });
    expect(
      await verify([body.token, "--keys", "office.pub", "--revoked", "revoked.txt"], { "revoked.txt": list }),
    ).toEqual([1, { valid: false, reason: "revoked" }]);
    // a list signed by an untrusted key is an input error, not silently ignored
    const { io, stderr } = fakeIo({ ...files, "revoked.txt": list });
    expect(
      await run(["pass", "verify", body.token, "--keys", "other.pub", "--revoked", "revoked.txt", "--json"], io),
    ).toBe(2);
    expect(JSON.parse(stderr()).error.code).toBe("RevocationListRejected");
  });

  it("text output of verify says VALID or REFUSED and warns when revocation was not checked", async () => {
    const { body } = await issue("staff");
    const ok = fakeIo(files);
    expect(await run(["pass", "verify", body.token, "--keys", "office.pub"], ok.io)).toBe(0);
    expect(ok.stdout()).toMatch(/^VALID\n/);
    expect(ok.stdout()).toContain("revocation was not checked");
    const refused = fakeIo(files);
    expect(await run(["pass", "verify", body.token, "--keys", "other.pub"], refused.io)).toBe(1);
    expect(refused.stdout()).toMatch(/^REFUSED \(unknown-key\)/);
  });

  it("unsms schema prints the pass schemas", async () => {
    for (const name of ["pass-request", "pass-policy", "pass-register", "pass-workload"]) {
      const { io, stdout } = fakeIo();
      expect(await run(["schema", name], io)).toBe(0);
      expect(JSON.parse(stdout())).toMatchObject({ type: expect.any(String) });
    }
  });

  test.prop([fc.constantFrom(...samples.map(([c]) => c)), fc.nat()], { numRuns: 100 })(
    "a token changed in one character is refused by the command (exit 1)",
    async (category, position) => {
      const { body } = await issue(category);
      const index = position % body.token.length;
      const changed =
        body.token.slice(0, index) + (body.token[index] === "A" ? "B" : "A") + body.token.slice(index + 1);
      const { io, stdout } = fakeIo(files);
      expect(await run(["pass", "verify", changed, "--keys", "office.pub", "--json"], io)).toBe(1);
      expect(JSON.parse(stdout()).valid).toBe(false);
    },
  );
});

describe("unsms pass workload", () => {
  // the report's Table 2 as reference-data transcribes (and its own test proves) it
  const table2 = ReferenceData.passWorkload2006.value;

  it("totals Table 2 and prints the planning ratios", async () => {
    const { io, stdout } = fakeIo({ "t2.json": JSON.stringify(table2) });
    expect(await run(["pass", "workload", "--input", "t2.json", "--officers", "12", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      total: { visitors: number; passesIssued: number };
      ratios: Array<{ dutyStation: string; passesPerEvent: string; passesPerOfficer: string | null }>;
    };
    expect(body.total).toMatchObject({ visitors: 913_546, passesIssued: 132_121 });
    expect(body.ratios[0]).toMatchObject({ dutyStation: "New York", passesPerEvent: "127.8", passesPerOfficer: null });
    expect(body.ratios[8]).toMatchObject({ dutyStation: "all", passesPerEvent: "64.6", passesPerOfficer: "11010.1" });
    const text = fakeIo({ "t2.json": JSON.stringify(table2) });
    expect(await run(["pass", "workload", "--input", "t2.json"], text.io)).toBe(0);
    expect(text.stdout()).toContain("646550");
  });

  it("the guide's sample is what `unsms schema pass-workload` describes and what the command reads: an array of rows", async () => {
    const sample = example("access-pass/workload/table2.json");
    const schema = fakeIo();
    expect(await run(["schema", "pass-workload"], schema.io)).toBe(0);
    expect(JSON.parse(schema.stdout())).toMatchObject({ type: "array", minItems: 1, items: { type: "object" } });
    expect(Array.isArray(JSON.parse(sample))).toBe(true);
    const read = fakeIo({ "table2.json": sample });
    expect(await run(["pass", "workload", "--input", "table2.json", "--json"], read.io)).toBe(0);
    const one = fakeIo({ "row.json": JSON.stringify(table2[0]) });
    expect(await run(["pass", "workload", "--input", "row.json", "--json"], one.io)).toBe(2);
    expect(JSON.parse(one.stderr()).error.issues[0]).toMatchObject({ path: "$", received: "an object" });
  });

  it("bad rows and a bad --officers exit 2", async () => {
    const bad = fakeIo({ "x.json": JSON.stringify([{ ...table2[0], visitors: -1 }]) });
    expect(await run(["pass", "workload", "--input", "x.json", "--json"], bad.io)).toBe(2);
    expect(JSON.parse(bad.stderr()).error.issues[0].path).toBe("$[0].visitors");
    const officers = fakeIo({ "t2.json": JSON.stringify(table2) });
    expect(await run(["pass", "workload", "--input", "t2.json", "--officers", "many"], officers.io)).toBe(2);
    // issue 16 item 6: a reversed period is refused, and totals beyond 2^53 are refused rather than rounded
    const reversed = fakeIo({
      "x.json": JSON.stringify([{ ...table2[0], period: { from: "2006-06-30", to: "2006-01-01" } }]),
    });
    expect(await run(["pass", "workload", "--input", "x.json", "--json"], reversed.io)).toBe(2);
    expect(JSON.parse(reversed.stderr()).error.issues[0].path).toBe("$[0].period.to");
    const huge = fakeIo({
      "x.json": JSON.stringify([
        { ...table2[0], visitors: Number.MAX_SAFE_INTEGER },
        { ...table2[1], visitors: 2 },
      ]),
    });
    expect(await run(["pass", "workload", "--input", "x.json", "--json"], huge.io)).toBe(2);
    expect(JSON.parse(huge.stderr()).error.message).toContain("visitors");
  });
});

describe("errors about a file name the option it came from", () => {
  const pathsOf = async (args: ReadonlyArray<string>, extra: Record<string, string> = {}) => {
    const { io, stderr } = fakeIo({ ...files, "not.pem": "not a key\n", "bad.jws": "x.y.z", ...extra });
    expect(await run([...args, "--json"], io)).toBe(2);
    const { error } = JSON.parse(stderr()) as { error: { issues: Array<{ path: string }> } };
    return error.issues.map((issue) => issue.path);
  };
  const token = async () => (await issue("ngo-annual")).body.token;

  it("a bad --key PEM is --key", async () => {
    expect(await pathsOf(["pass", "issue", "--input", "ngo-annual.json", "--key", "not.pem"])).toEqual(["--key"]);
  });

  it("a bad --keys file is --keys, a bad --revoked list is --revoked (and where in it)", async () => {
    const jws = await token();
    expect(await pathsOf(["pass", "verify", jws, "--keys", "not.pem"])).toEqual(["--keys"]);
    const revoked = await pathsOf(["pass", "verify", jws, "--keys", "office.pub", "--revoked", "bad.jws"]);
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatch(/^--revoked(\.|$)/);
  });
});
