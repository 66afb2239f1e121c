import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  defaultPassPolicy,
  issuePass,
  maxClockSkewSeconds,
  noRevocationList,
  passClaimsOf,
  type Pass,
} from "@unsms/access-pass";
import {
  openRevocationList,
  signPassToken,
  signRevocationList,
  verifyPassToken,
  type Checkpoint,
} from "@unsms/access-pass/node";
import { instantArb, keyPair, sampleRequests, serial, serialArb } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const office = keyPair();
const rotated = keyPair();
const stranger = keyPair();

const passArb = fc
  .tuple(fc.constantFrom(...sampleRequests), instantArb, serialArb)
  .map(([[, request], when, id]) => Result.getOrThrow(issuePass(request, defaultPassPolicy, when, id)));

const gateFor = (pass: Pass, overrides: Partial<Checkpoint> = {}): Checkpoint => ({
  trustedKeys: [rotated.verifying, office.verifying],
  revocations: noRevocationList(),
  zone: pass.zones[0]!,
  dutyStation: pass.dutyStation,
  ...overrides,
});

const middleOf = (pass: Pass): Date => new Date((Date.parse(pass.validFrom) + Date.parse(pass.validUntil)) / 2);

const reasonOf = (result: Result.Result<unknown, { readonly reason: string }>): string =>
  Result.isFailure(result) ? result.failure.reason : "valid";

describe("verifyPassToken", () => {
  test.prop([passArb])("verify(issue(x)) gives back x: the pass's claims, for every valid request", (pass) => {
    const token = signPassToken(pass, office.signing);
    expect(Result.getOrThrow(verifyPassToken(token, gateFor(pass), middleOf(pass)))).toEqual(passClaimsOf(pass));
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toEqual({
      alg: "EdDSA",
      kid: office.signing.keyId,
      typ: "unsms-pass+jwt",
    });
  });

  test.prop([passArb, fc.nat(), fc.integer({ min: 0, max: 15 })])(
    "flipping any single bit of a token makes verification fail",
    (pass, position, bit) => {
      const token = signPassToken(pass, office.signing);
      const index = position % token.length;
      const flipped =
        token.slice(0, index) + String.fromCharCode(token.charCodeAt(index) ^ (1 << bit)) + token.slice(index + 1);
      expect(Result.isFailure(verifyPassToken(flipped, gateFor(pass), middleOf(pass)))).toBe(true);
    },
  );

  test.prop([passArb, fc.nat(), fc.string({ minLength: 1, maxLength: 1, unit: "binary" })])(
    "replacing any single character of a token makes verification fail",
    (pass, position, character) => {
      const token = signPassToken(pass, office.signing);
      const index = position % token.length;
      fc.pre(token[index] !== character);
      const changed = token.slice(0, index) + character + token.slice(index + 1);
      expect(Result.isFailure(verifyPassToken(changed, gateFor(pass), middleOf(pass)))).toBe(true);
    },
  );

  test.prop([passArb])(
    "a token signed by an unknown key always fails, even when it claims a trusted key's id",
    (pass) => {
      const forged = signPassToken(pass, stranger.signing);
      expect(reasonOf(verifyPassToken(forged, gateFor(pass), middleOf(pass)))).toBe("unknown-key");
      const parts = forged.split(".");
      const header = Buffer.from(
        JSON.stringify({ alg: "EdDSA", kid: office.signing.keyId, typ: "unsms-pass+jwt" }),
      ).toString("base64url");
      const input = `${header}.${parts[1]}`;
      const resigned = `${input}.${sign(null, Buffer.from(input, "latin1"), stranger.privateKey).toString("base64url")}`;
      expect(reasonOf(verifyPassToken(resigned, gateFor(pass), middleOf(pass)))).toBe("bad-signature");
    },
  );

  test.prop([
    passArb,
    fc
      .oneof(fc.constantFrom("none", "HS256", "RS256", "ES256", "Ed25519", "eddsa", null), fc.string({ maxLength: 12 }))
      .filter((alg) => alg !== "EdDSA"),
  ])("a token claiming another algorithm always fails, even correctly signed by a trusted key", (pass, algorithm) => {
    const parts = signPassToken(pass, office.signing).split(".");
    const header = Buffer.from(
      JSON.stringify({ alg: algorithm, kid: office.signing.keyId, typ: "unsms-pass+jwt" }),
    ).toString("base64url");
    const input = `${header}.${parts[1]}`;
    const token = `${input}.${sign(null, Buffer.from(input, "utf8"), office.privateKey).toString("base64url")}`;
    expect(reasonOf(verifyPassToken(token, gateFor(pass), middleOf(pass)))).toBe("malformed");
  });

  test.prop([passArb, fc.array(serialArb, { maxLength: 5 }), fc.integer({ min: -1, max: 2 }), fc.boolean()])(
    "a revoked pass always fails, at any time, zone and station",
    (pass, others, offsetDays, atStation) => {
      const signed = signRevocationList({ issuedAt: pass.issuedAt, passIds: [...others, pass.id] }, office.signing);
      const revocations = Result.getOrThrow(openRevocationList(signed, [office.verifying]));
      const at = new Date(Date.parse(pass.validFrom) + offsetDays * 86_400_000);
      const gate = gateFor(pass, { revocations, ...(atStation ? {} : { dutyStation: "Elsewhere" }) });
      expect(reasonOf(verifyPassToken(signPassToken(pass, office.signing), gate, at))).toBe("revoked");
    },
  );

  const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Africa/Nairobi"];
  test.prop([
    passArb,
    fc.boolean(),
    fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })),
    fc.integer({ min: 0, max: 3600 }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
    fc.constantFrom(...zones),
  ])(
    "validity is exactly the half-open window with the skew tolerance, whatever the time zone",
    (pass, nearStart, delta, skew, offsetMinutes, tz) => {
      const from = Date.parse(pass.validFrom) - skew * 1000;
      const until = Date.parse(pass.validUntil) + skew * 1000;
      const pick = (nearStart ? from : until) + delta;
      const expected = pick < from ? "not-yet-valid" : pick >= until ? "expired" : "valid";
      // the same instant written with a local offset, read under another process time zone
      const local = new Date(pick + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const abs = Math.abs(offsetMinutes);
      const written = `${local}${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      const previous = process.env["TZ"];
      process.env["TZ"] = tz;
      try {
        const token = signPassToken(pass, office.signing);
        const gate = gateFor(pass, { clockSkewSeconds: skew });
        expect(reasonOf(verifyPassToken(token, gate, new Date(pick)))).toBe(expected);
        expect(reasonOf(verifyPassToken(token, gate, new Date(written)))).toBe(expected);
      } finally {
        if (previous === undefined) delete process.env["TZ"];
        else process.env["TZ"] = previous;
      }
    },
  );

  /** A visitor's pass issued at noon on 30 June 2006 (valid for a day), and its token. */
  const visitorAtNoon = (id: string) => {
    const pass = Result.getOrThrow(
      issuePass(
        new Map(sampleRequests).get("visitor")!,
        defaultPassPolicy,
        new Date("2006-06-30T12:00:00Z"),
        serial(id),
      ),
    );
    return { pass, token: signPassToken(pass, office.signing) };
  };

  it("the default skew is 300 s on both edges", () => {
    const { pass, token } = visitorAtNoon("NY-1");
    const check = (iso: string) => reasonOf(verifyPassToken(token, gateFor(pass), new Date(iso)));
    expect(check("2006-06-30T11:54:59.999Z")).toBe("not-yet-valid");
    expect(check("2006-06-30T11:55:00Z")).toBe("valid");
    expect(check("2006-07-01T12:04:59.999Z")).toBe("valid");
    expect(check("2006-07-01T12:05:00Z")).toBe("expired");
  });

  it("refuses a clock-skew tolerance that is negative, not a number or above a day, instead of defaulting it", () => {
    const { pass, token } = visitorAtNoon("NY-2");
    for (const clockSkewSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, maxClockSkewSeconds + 1, 1e306, "300"]) {
      const refused = verifyPassToken(
        token,
        gateFor(pass, { clockSkewSeconds } as Partial<Checkpoint>),
        middleOf(pass),
      );
      expect(Result.isFailure(refused) && refused.failure).toMatchObject({
        reason: "malformed",
        path: "checkpoint.clockSkewSeconds",
      });
    }
    // the edges are accepted: 0 is none, a day the most; fractions are floored
    const justLate = new Date(Date.parse(pass.validUntil) + 1000);
    expect(reasonOf(verifyPassToken(token, gateFor(pass, { clockSkewSeconds: 0 }), justLate))).toBe("expired");
    expect(reasonOf(verifyPassToken(token, gateFor(pass, { clockSkewSeconds: maxClockSkewSeconds }), justLate))).toBe(
      "valid",
    );
    expect(reasonOf(verifyPassToken(token, gateFor(pass, { clockSkewSeconds: 1.9 }), justLate))).toBe("expired");
  });

  it("checks the duty station of station-bound passes only, then the zone; rotation keeps old keys trusted", () => {
    const requests = new Map(sampleRequests);
    const at = new Date("2006-06-30T12:00:00Z");
    const ngo = Result.getOrThrow(issuePass(requests.get("ngo-annual")!, defaultPassPolicy, at, serial("NY-N1")));
    const staff = Result.getOrThrow(issuePass(requests.get("staff")!, defaultPassPolicy, at, serial("NY-S1")));
    const later = new Date("2006-07-01T12:00:00Z");
    const geneva = {
      trustedKeys: [office.verifying],
      revocations: noRevocationList(),
      zone: "grounds",
      dutyStation: "Geneva",
    };
    expect(reasonOf(verifyPassToken(signPassToken(ngo, office.signing), geneva, later))).toBe("wrong-duty-station");
    expect(reasonOf(verifyPassToken(signPassToken(staff, office.signing), geneva, later))).toBe("valid");
    expect(
      reasonOf(verifyPassToken(signPassToken(staff, office.signing), { ...geneva, zone: "delegates" }, later)),
    ).toBe("wrong-zone");
    // rotation: tokens of the old key and of the new key verify while both are trusted; dropping the old key retires its tokens
    const both = { ...geneva, trustedKeys: [rotated.verifying, office.verifying] };
    expect(reasonOf(verifyPassToken(signPassToken(staff, rotated.signing), both, later))).toBe("valid");
    expect(reasonOf(verifyPassToken(signPassToken(staff, office.signing), both, later))).toBe("valid");
    expect(
      reasonOf(
        verifyPassToken(signPassToken(staff, office.signing), { ...geneva, trustedKeys: [rotated.verifying] }, later),
      ),
    ).toBe("unknown-key");
    // no zone or station given: not checked
    expect(
      reasonOf(
        verifyPassToken(
          signPassToken(ngo, office.signing),
          { trustedKeys: [office.verifying], revocations: noRevocationList() },
          later,
        ),
      ),
    ).toBe("valid");
  });

  test.prop([
    passArb,
    fc.nat(),
    fc.constantFrom("one of its zones", "a zone extended", "a zone shortened", "any text"),
    fc.string({ minLength: 1, maxLength: 8 }),
  ])(
    "a pass opens exactly its zones: a checkpoint zone is admitted iff it equals one of them, never a longer or shorter name",
    (pass, index, kind, text) => {
      const zone = pass.zones[index % pass.zones.length]!;
      const checked =
        kind === "one of its zones"
          ? zone
          : kind === "a zone extended"
            ? `${zone}${text}`
            : kind === "a zone shortened"
              ? zone.slice(0, index % zone.length)
              : text;
      const token = signPassToken(pass, office.signing);
      expect(reasonOf(verifyPassToken(token, gateFor(pass, { zone: checked }), middleOf(pass)))).toBe(
        pass.zones.includes(checked) ? "valid" : "wrong-zone",
      );
    },
  );

  it("a zone's name is matched whole: a grounds pass does not open grounds-vault; a token naming no zone opens none", () => {
    const { pass, token } = visitorAtNoon("NY-Z1");
    expect(pass.zones).toEqual(["grounds"]);
    expect(reasonOf(verifyPassToken(token, gateFor(pass, { zone: "grounds" }), middleOf(pass)))).toBe("valid");
    expect(reasonOf(verifyPassToken(token, gateFor(pass, { zone: "grounds-vault" }), middleOf(pass)))).toBe(
      "wrong-zone",
    );
    // claims with an empty zone list, correctly signed by a trusted key (no office signs them)
    const payload = { ...JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()), zones: [] };
    const input = `${token.split(".")[0]!}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
    const noZone = `${input}.${sign(null, Buffer.from(input), office.privateKey).toString("base64url")}`;
    const { zone: _none, ...anyZone } = gateFor(pass);
    for (const gate of [gateFor(pass), gateFor(pass, { zone: "" }), anyZone])
      expect(reasonOf(verifyPassToken(noZone, gate, middleOf(pass)))).toBe("malformed");
  });

  it("never throws on garbage", () => {
    const gate = { trustedKeys: [office.verifying], revocations: noRevocationList() };
    for (const garbage of [
      "",
      ".",
      "..",
      "a.b.c",
      "e30.e30.",
      "eyJhbGciOiJub25lIn0.e30.",
      "x".repeat(10_000),
      42 as unknown as string,
    ]) {
      expect(reasonOf(verifyPassToken(garbage, gate, new Date(0)))).toBe("malformed");
    }
  });

  test.prop([
    passArb,
    fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }),
    fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }),
  ])(
    "non-ASCII ids and duty stations round-trip (the token stays ASCII: UTF-8 JSON in base64url)",
    (base, id, station) => {
      const pass = { ...base, id: id as Pass["id"], dutyStation: station as Pass["dutyStation"] };
      const token = signPassToken(pass, office.signing);
      expect(/^[\x21-\x7e]+$/.test(token)).toBe(true);
      expect(Result.getOrThrow(verifyPassToken(token, gateFor(pass), middleOf(pass)))).toEqual(passClaimsOf(pass));
    },
  );
});

describe("the trusted keys are a list of at most 1000, told by its length", () => {
  const pass = Result.getOrThrow(issuePass(sampleRequests[0]![1], defaultPassPolicy, new Date(0), serial("GE-1")));
  const token = signPassToken(pass, office.signing);
  const list = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: [] }, office.signing);

  it("a sparse array claiming 2^32 − 1 keys, holes only or the signing key then holes, is malformed at its path", () => {
    const onlyHoles: Array<Checkpoint["trustedKeys"][number]> = [];
    onlyHoles.length = 2 ** 32 - 1; // a real array of a few bytes: Array.isArray is true
    const keyThenHoles = [office.verifying];
    keyThenHoles.length = 2 ** 32 - 1;
    for (const trustedKeys of [onlyHoles, keyThenHoles]) {
      const refused = verifyPassToken(token, gateFor(pass, { trustedKeys }), middleOf(pass));
      expect(Result.isFailure(refused) && refused.failure).toMatchObject({
        reason: "malformed",
        path: "checkpoint.trustedKeys",
        expected: "an array of at most 1000 trusted keys",
        received: "an array of 4294967295 items",
      });
      const opened = openRevocationList(list, trustedKeys);
      expect(Result.isFailure(opened) && [opened.failure.reason, opened.failure.path]).toEqual([
        "malformed",
        "trustedKeys",
      ]);
    }
  });

  it("1000 keys are read, 1001 refused", () => {
    const keys = (count: number) => [...Array.from({ length: count - 1 }, () => stranger.verifying), office.verifying];
    expect(Result.isSuccess(verifyPassToken(token, gateFor(pass, { trustedKeys: keys(1000) }), middleOf(pass)))).toBe(
      true,
    );
    const over = verifyPassToken(token, gateFor(pass, { trustedKeys: keys(1001) }), middleOf(pass));
    expect(Result.isFailure(over) && [over.failure.reason, over.failure.path]).toEqual([
      "malformed",
      "checkpoint.trustedKeys",
    ]);
  });
});
