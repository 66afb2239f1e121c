import { generateKeyPairSync } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  jwksOf,
  makeSigningKey,
  makeVerifyingKey,
  openRevocationList,
  publicJwkOf,
  signingKeyFromPem,
  verifyingKeyFromPem,
  verifyingKeysFromJwks,
} from "@unsms/access-pass/node";
import { keyPair } from "../support/fixtures";

const office = keyPair();
const privatePem = office.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const publicPem = office.publicKey.export({ type: "spki", format: "pem" }).toString();

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    undefined,
    null,
    42,
    "",
    [],
    {},
    Object.create(null),
    { keys: null },
    { keys: [null] },
    { keys: [{ kty: "OKP", crv: "Ed25519", x: 42 }] },
  ),
  fc.constant(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    ),
  ),
  fc.constant(
    Object.defineProperty({}, "keys", {
      get: () => {
        throw new Error("getter");
      },
    }),
  ),
);

describe("keys never throw, whatever a JS caller passes", () => {
  test.prop([hostile])(
    "signingKeyFromPem, verifyingKeyFromPem, verifyingKeysFromJwks, makeSigningKey, makeVerifyingKey, openRevocationList return errors",
    (value) => {
      expect(Result.isFailure(signingKeyFromPem(value as string))).toBe(true);
      expect(Result.isFailure(verifyingKeyFromPem(value as string))).toBe(true);
      expect(
        Result.isFailure(verifyingKeysFromJwks(value)) || (value as { keys?: unknown })?.keys?.constructor === Array,
      ).toBe(true);
      expect(Result.isFailure(makeSigningKey(value as never))).toBe(true);
      expect(Result.isFailure(makeVerifyingKey(value as never))).toBe(true);
      expect(Result.isFailure(openRevocationList(value as string, value as never))).toBe(true);
    },
  );

  it("the issue's probes: signingKeyFromPem(undefined), openRevocationList(42)", () => {
    expect(Result.isFailure(signingKeyFromPem(undefined as unknown as string))).toBe(true);
    const list = openRevocationList(42 as unknown as string, []);
    expect(Result.isFailure(list) && list.failure.reason).toBe("malformed");
  });
});

describe("PEM is read by block type, never by a comment", () => {
  it("a private key with a PUBLIC KEY comment is not a trusted public key", () => {
    for (const disguised of [
      `# PUBLIC KEY\n${privatePem}`,
      `PUBLIC KEY\n${privatePem}`,
      `${privatePem}\n-----BEGIN PUBLIC KEY-----`,
    ]) {
      expect(Result.isFailure(verifyingKeyFromPem(disguised))).toBe(true);
    }
  });

  it("exactly one block of the right type: a file with two keys or the wrong type is refused; comments around one block are fine", () => {
    expect(Result.isSuccess(verifyingKeyFromPem(`office key, 2006\n${publicPem}`))).toBe(true);
    expect(Result.isSuccess(signingKeyFromPem(`keep secret\n${privatePem}`))).toBe(true);
    expect(Result.isFailure(verifyingKeyFromPem(`${publicPem}${privatePem}`))).toBe(true);
    expect(Result.isFailure(signingKeyFromPem(`${privatePem}${privatePem}`))).toBe(true);
    expect(Result.isFailure(signingKeyFromPem(publicPem))).toBe(true);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(
      Result.isFailure(verifyingKeyFromPem(rsa.publicKey.export({ type: "spki", format: "pem" }).toString())),
    ).toBe(true);
    expect(
      Result.isFailure(signingKeyFromPem(rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString())),
    ).toBe(true);
  });
});

describe("JWK Sets", () => {
  it("round-trip: jwksOf → verifyingKeysFromJwks keeps the key ids; public parts only", () => {
    const other = keyPair();
    const keys = Result.getOrThrow(
      verifyingKeysFromJwks(JSON.stringify(Result.getOrThrow(jwksOf([office.signing, other.verifying])))),
    );
    expect(keys.map((k) => k.keyId)).toEqual([office.signing.keyId, other.verifying.keyId]);
    expect(Result.getOrThrow(publicJwkOf(office.signing))).not.toHaveProperty("d");
    const { kid: _kid, ...withoutKid } = Result.getOrThrow(publicJwkOf(office.signing));
    expect(Result.getOrThrow(verifyingKeysFromJwks({ keys: [withoutKid] }))[0]!.keyId).toBe(office.signing.keyId);
  });

  it("refuses private parts, other key types and algorithms, bad x, too many keys", () => {
    const jwk = Result.getOrThrow(publicJwkOf(office.signing));
    for (const bad of [
      { ...jwk, d: office.privateKey.export({ format: "jwk" }).d },
      { ...jwk, kty: "EC" },
      { ...jwk, crv: "Ed448" },
      { ...jwk, alg: "ES256" },
      { ...jwk, use: "enc" },
      { ...jwk, x: jwk.x.slice(1) },
      { ...jwk, kid: 7 },
    ]) {
      expect(Result.isFailure(verifyingKeysFromJwks({ keys: [bad] }))).toBe(true);
    }
    expect(Result.isFailure(verifyingKeysFromJwks({ keys: Array.from({ length: 1001 }, () => jwk) }))).toBe(true);
    expect(Result.isFailure(verifyingKeysFromJwks("not json"))).toBe(true);
  });
});
