import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nodeIo, run } from "@unsms/cli";
import { fakeIo } from "../support/fakeIo";
import { expectError } from "../support/expectError";
import { issueAt, officeKeys } from "../support/passOffice";

const examples = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));
const request = readFileSync(`${examples}ngo-annual.json`, "utf8");
// the register of the guide's gate loop: the same pass, revoked
const gateRegister = readFileSync(`${examples}gate/register.json`, "utf8");

const files = { ...(await officeKeys()), "request.json": request };
const at = "2006-03-06T07:00:00Z";

const card = async (format: string, extra: ReadonlyArray<string> = []) => {
  const { io, stdout, stderr, writtenBytes, written } = fakeIo(files);
  const code = await run(
    [
      "pass",
      "card",
      "--input",
      "request.json",
      "--key",
      "office.key",
      "--serial",
      "NY-2006-070828",
      "--at",
      at,
      "--format",
      format,
      ...extra,
    ],
    io,
  );
  return { code, stdout: stdout(), stderr: stderr(), writtenBytes, written };
};

const scan = async (image: Uint8Array, extraFiles: Record<string, string> = {}, extra: ReadonlyArray<string> = []) => {
  const { io, stdout, stderr } = fakeIo({ ...files, ...extraFiles, "card.png": image });
  const code = await run(
    [
      "pass",
      "scan",
      "card.png",
      "--keys",
      "office.pub",
      "--zone",
      "conference",
      "--station",
      "New York",
      "--at",
      "2006-06-30T12:00:00Z",
      ...extra,
    ],
    io,
  );
  return { code, stdout: stdout(), stderr: stderr() };
};

describe("unsms pass card and pass scan", () => {
  it("draws a deterministic ID-1 SVG card whose text names the holder, station, zones and serial", async () => {
    const first = await card("svg");
    const second = await card("svg");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('width="85.6mm" height="53.98mm"');
    for (const text of [
      "Kwame Mensah",
      "Example Foundation for Peace",
      "New York only",
      "NY-2006-070828",
      "UNESCORTED",
      "NGO REPRESENTATIVE",
    ])
      expect(first.stdout).toContain(text);
  });

  it("card PNG -> scan: ADMIT in one line; revoked -> scan: REFUSE (revoked), exit 1", async () => {
    const made = await card("png", ["--output", "card.png", "--json"]);
    expect(made.code).toBe(0);
    const { token, pass } = JSON.parse(made.stdout) as { token: string; pass: object };
    const png = made.writtenBytes["card.png"]!;
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const admitted = await scan(png);
    expect(admitted.code).toBe(0);
    expect(admitted.stdout).toMatch(
      /^ADMIT NY-2006-070828: ngo-annual, New York only, zones .*conference.*, unescorted, valid until 2007-01-01T00:00:00Z/,
    );
    expect(admitted.stdout.trimEnd().split("\n")).toHaveLength(1);
    // the QR code carries exactly the signed token
    const { io, stdout } = fakeIo({ ...files, "card.png": png });
    expect(
      await run(["pass", "scan", "card.png", "--keys", "office.pub", "--at", "2006-06-30T12:00:00Z", "--json"], io),
    ).toBe(0);
    expect(JSON.parse(stdout())).toMatchObject({ admit: true, pass: { id: "NY-2006-070828" } });
    // revoke: the register (docs/examples/access-pass/gate/register.json holds this very pass), its signed list, then the same card is refused
    expect((JSON.parse(gateRegister) as Array<{ pass: object }>)[0]!.pass).toEqual(pass);
    const listed = fakeIo({ ...files, "register.json": gateRegister });
    expect(
      await run(
        ["pass", "revocations", "--input", "register.json", "--key", "office.key", "--at", "2006-06-01T10:00:00Z"],
        listed.io,
      ),
    ).toBe(0);
    const refused = await scan(png, { "revoked.jws": listed.stdout() }, ["--revoked", "revoked.jws"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^REFUSE \(revoked\): /);
    // the token on standard input gives the same decision
    const piped = fakeIo({ ...files, "revoked.jws": listed.stdout() }, `${token}\n`);
    expect(
      await run(
        ["pass", "scan", "--keys", "office.pub", "--revoked", "revoked.jws", "--at", "2006-06-30T12:00:00Z"],
        piped.io,
      ),
    ).toBe(1);
    expect(piped.stdout()).toMatch(/^REFUSE \(revoked\)/);
  });

  it("scan says whether revocation was checked: false without --revoked, true with a list that does not name the pass", async () => {
    const issued = await issueAt(files, at);
    expect(issued.code).toBe(0);
    const { token } = JSON.parse(issued.stdout) as { token: string };
    const listed = fakeIo({ ...files, "register.json": "[]" });
    expect(
      await run(
        ["pass", "revocations", "--input", "register.json", "--key", "office.key", "--at", "2006-06-01T10:00:00Z"],
        listed.io,
      ),
    ).toBe(0);
    const gate = async (extra: ReadonlyArray<string>) => {
      const json = fakeIo({ ...files, "revoked.jws": listed.stdout() }, `${token}\n`);
      const text = fakeIo({ ...files, "revoked.jws": listed.stdout() }, `${token}\n`);
      const args = ["pass", "scan", "--keys", "office.pub", "--at", "2006-06-30T12:00:00Z", ...extra];
      expect(await run([...args, "--json"], json.io)).toBe(0);
      expect(await run(args, text.io)).toBe(0);
      return { json: JSON.parse(json.stdout()) as { admit: boolean; revocationChecked: boolean }, text: text.stdout() };
    };
    const unchecked = await gate([]);
    expect(unchecked.json).toMatchObject({ admit: true, revocationChecked: false });
    expect(unchecked.text).toContain("(revocation not checked: no --revoked list)");
    const checked = await gate(["--revoked", "revoked.jws"]);
    expect(checked.json).toMatchObject({ admit: true, revocationChecked: true });
    expect(checked.text).not.toContain("revocation not checked");
  });

  it("writes a deterministic one-page PDF of the card's size", async () => {
    const first = await card("pdf", ["--output", "card.pdf"]);
    const second = await card("pdf", ["--output", "card.pdf"]);
    expect(first.code).toBe(0);
    const pdf = first.writtenBytes["card.pdf"]!;
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(Buffer.from(pdf).equals(Buffer.from(second.writtenBytes["card.pdf"]!))).toBe(true);
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/MediaBox \[ 0 0 242\.6\d* 153\.0\d* \]/);
  });

  it("takes a photo (PNG or JPEG) and refuses anything else; pdf/png need --output; bad --format exits 2", async () => {
    const photo = (await card("png", ["--output", "p.png"])).writtenBytes["p.png"]!;
    const withPhoto = fakeIo({ ...files, "photo.png": photo });
    expect(
      await run(
        ["pass", "card", "--input", "request.json", "--key", "office.key", "--at", at, "--photo", "photo.png"],
        withPhoto.io,
      ),
    ).toBe(0);
    expect(withPhoto.stdout()).toContain('href="data:image/png;base64,');
    const notImage = fakeIo({ ...files, "photo.txt": "hello" });
    expect(
      await run(
        ["pass", "card", "--input", "request.json", "--key", "office.key", "--at", at, "--photo", "photo.txt"],
        notImage.io,
      ),
    ).toBe(2);
    expect((await card("png")).code).toBe(2);
    expect((await card("gif", ["--output", "x"])).code).toBe(2);
  });

  it("scan: no QR code or not a PNG is exit 2; a refused request on card exits 1", async () => {
    const blank = (await card("png", ["--output", "c.png"])).writtenBytes["c.png"]!;
    expect((await scan(new Uint8Array([1, 2, 3]))).code).toBe(2);
    const { PNG } = await import("pngjs");
    const white = new PNG({ width: 64, height: 64 });
    white.data.fill(255);
    expect((await scan(new Uint8Array(PNG.sync.write(white)))).code).toBe(2);
    expect(blank.length).toBeGreaterThan(0);
    const refused = fakeIo({ ...files, "bad.json": JSON.stringify({ ...JSON.parse(request), photo: undefined }) });
    expect(
      await run(["pass", "card", "--input", "bad.json", "--key", "office.key", "--at", at, "--json"], refused.io),
    ).toBe(1);
  });
});

describe("pass scan refuses an image too large to decode, before decoding it", () => {
  // a PNG header (signature, IHDR) claiming width × height, with no image data: what a
  // 51 KB decompression bomb declares
  const pngHeader = (width: number, height: number): Uint8Array => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    bytes.set([1, 0, 0, 0, 0], 24);
    return bytes;
  };

  it("16000 × 16000 is exit 2, saying the limit, at once", async () => {
    for (const [width, height] of [
      [16_000, 16_000],
      [4097, 10],
      [10, 4097],
    ] as const) {
      const started = performance.now();
      const { code, stderr } = await scan(pngHeader(width, height), {}, ["--json"]);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(code).toBe(2);
      expectError(stderr, "InputError", ["image"]);
      expect(stderr).toContain(`card.png is ${width} × ${height} pixels, larger than the 4096 × 4096 a scan decodes`);
    }
  });

  it("a header that is not a PNG's (wrong signature, first chunk not IHDR, cut short) is not a PNG", async () => {
    const wrongChunk = pngHeader(10, 10);
    wrongChunk.set([0x49, 0x44, 0x41, 0x54], 12);
    for (const bytes of [wrongChunk, pngHeader(10, 10).subarray(0, 20), new Uint8Array(33)]) {
      const { code, stderr } = await scan(bytes, {}, ["--json"]);
      expect(code).toBe(2);
      expectError(stderr, "InputError", ["image"]);
      expect(stderr).toContain("card.png is not a PNG image");
    }
  });
});

describe("unsms pass keygen handles keys like a key tool", () => {
  it("refuses the same file twice, never overwrites without --force, names the file of a write failure", async () => {
    const same = fakeIo();
    expect(await run(["pass", "keygen", "--private", "k", "--public", "./k", "--json"], same.io)).toBe(2);
    expect(same.written).toEqual({});
    const existing = fakeIo({ "k.key": "old" });
    expect(await run(["pass", "keygen", "--private", "k.key", "--public", "k.pub", "--json"], existing.io)).toBe(2);
    expect(JSON.parse(existing.stderr()).error.message).toContain('"k.key"');
    const forced = fakeIo({ "k.key": "old" });
    expect(await run(["pass", "keygen", "--private", "k.key", "--public", "k.pub", "--force"], forced.io)).toBe(0);
    expect(forced.written["k.key"]).toContain("BEGIN PRIVATE KEY");
    expect(forced.modes["k.key"]).toBe(0o600);
    const missing = fakeIo();
    expect(
      await run(["pass", "keygen", "--private", "/missing/k.key", "--public", "k.pub", "--json"], missing.io),
    ).toBe(2);
    expect(JSON.parse(missing.stderr()).error).toMatchObject({ code: "InputError" });
    expect(JSON.parse(missing.stderr()).error.message).toContain("/missing/k.key");
  });

  it("on disk: the private key is mode 0600, an existing file is kept, a directory is an exit-2 error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "unsms-keygen-"));
    const out: Array<string> = [];
    const io = { ...nodeIo(), stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t) };
    expect(await run(["pass", "keygen", "--private", join(dir, "a.key"), "--public", join(dir, "a.pub")], io)).toBe(0);
    expect(statSync(join(dir, "a.key")).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, "b.key"), "keep me");
    expect(await run(["pass", "keygen", "--private", join(dir, "b.key"), "--public", join(dir, "b.pub")], io)).toBe(2);
    expect(readFileSync(join(dir, "b.key"), "utf8")).toBe("keep me");
    expect(await run(["pass", "keygen", "--private", dir, "--public", join(dir, "c.pub"), "--force"], io)).toBe(2);
    expect(out.join("")).not.toContain("InternalError");
  });

  it("--jwks prints the public JWK Set, and verify --keys takes it", async () => {
    const made = fakeIo();
    expect(await run(["pass", "keygen", "--private", "o.key", "--public", "o.pub", "--jwks"], made.io)).toBe(0);
    const jwks = JSON.parse(made.stdout()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const issued = fakeIo({ ...made.written, "request.json": request });
    expect(
      await run(["pass", "issue", "--input", "request.json", "--key", "o.key", "--at", at, "--json"], issued.io),
    ).toBe(0);
    const { token } = JSON.parse(issued.stdout()) as { token: string };
    const verified = fakeIo({ "trust.jwks": made.stdout() });
    expect(
      await run(["pass", "verify", token, "--keys", "trust.jwks", "--at", "2006-06-30T12:00:00Z"], verified.io),
    ).toBe(0);
    const disguised = fakeIo({ "trust.pem": `# PUBLIC KEY\n${made.written["o.key"]}` });
    expect(await run(["pass", "verify", token, "--keys", "trust.pem", "--json"], disguised.io)).toBe(2);
  });

  it("--at is read by core's parseInstant: no offset or an impossible date is exit 2, whatever TZ", async () => {
    for (const bad of ["2006-06-30T12:00:00", "2007-02-30T00:00:00Z", "2006-06-30"]) {
      const { code, stderr } = await issueAt(files, bad);
      expect(code).toBe(2);
      expectError(stderr, "InvalidInstant");
    }
  });

  it("issuance refuses a validity a token cannot carry (before 1970, year 10000): every issued pass verifies", async () => {
    const early = await issueAt(files, "1969-12-31T00:00:00Z");
    expect(early.code).toBe(1);
    expect(early.stdout).toContain("1970");
    // an annual pass issued in December 9999 would end on 10000-01-01
    const late = await issueAt(files, "9999-12-01T00:00:00Z");
    expect(late.code).toBe(1);
    expect((JSON.parse(late.stdout) as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([
      "$.validUntil",
    ]);
  });
});
