import type { webcrypto } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { noRevocationList } from "@unsms/access-pass";
import {
  jwksOf,
  nodePassTrustStore,
  openRevocationList,
  signPassToken,
  signRevocationList,
  verifyingKeysFromJwks,
  verifyPassToken,
} from "@unsms/access-pass/node";
import { checkPass, PassTrustStore, staticPassRevocations } from "@unsms/access-pass/services";
import { webPassTrustStore, webPassTrustStoreFromJwks } from "@unsms/access-pass/web";
import { buildHostile } from "../../../../tools/vitest/hostile";
import { keyPair, storedPass } from "../support/fixtures";

// Two trusted keys with one id would let the answer depend on which one a verifier looks at
// first (node took the first, web the last): every list of trusted keys refuses them.

const [a, b, c] = [keyPair(), keyPair(), keyPair()];
const xOf = (pair: ReturnType<typeof keyPair>) => String(pair.publicKey.export({ format: "jwk" }).x);
const jwk = (pair: ReturnType<typeof keyPair>, kid?: string) => ({
  kty: "OKP",
  crv: "Ed25519",
  x: xOf(pair),
  ...(kid === undefined ? {} : { kid }),
});
const pass = storedPass({
  id: "GE-1",
  dutyStation: "Geneva",
  holder: { name: "A", organization: "P" },
  issuedAt: "2006-06-30T08:00:00Z",
  validFrom: "2006-06-30T08:00:00Z",
  validUntil: "2006-07-01T08:00:00Z",
});

/** The failure of building a layer's service, or "built". */
const built = async (layer: Layer.Layer<PassTrustStore, unknown>) => {
  const outcome = await Effect.runPromise(
    Effect.result(Effect.provide(Effect.void.pipe(Effect.andThen(PassTrustStore)), layer)),
  );
  return Result.isSuccess(outcome) ? "built" : outcome.failure;
};

/** What the node and the web reader make of a JWK Set: the key ids, or the refusal's path. */
const nodeReads = (jwks: unknown) => {
  const read = verifyingKeysFromJwks(jwks);
  return Result.isSuccess(read) ? read.success.map((key) => key.keyId) : read.failure.path;
};
const webReads = async (jwks: unknown) => {
  const outcome = await Effect.runPromise(
    Effect.result(Effect.provide(Effect.void.pipe(Effect.andThen(PassTrustStore)), webPassTrustStoreFromJwks(jwks))),
  );
  return Result.isSuccess(outcome) ? "built" : (outcome.failure as { path: string }).path;
};

describe("a JWK Set with a repeated key id is refused, on Node and on the web alike", () => {
  it("two keys named office: the set is refused at $.keys[1].kid, not read differently", async () => {
    const jwks = { keys: [jwk(a, "office"), jwk(b, "office")] };
    const node = verifyingKeysFromJwks(jwks);
    expect(Result.isFailure(node) && [node.failure._tag, node.failure.path]).toEqual(["PassKeyError", "$.keys[1].kid"]);
    expect(await webReads(jwks)).toBe("$.keys[1].kid");
    // and the token of either key is never checked by a store that holds both
    const token = signPassToken(pass, { ...b.signing, keyId: "office" });
    const gate = Layer.merge(webPassTrustStoreFromJwks(jwks), staticPassRevocations(noRevocationList()));
    const web = await Effect.runPromise(Effect.result(Effect.provide(checkPass(token, {}), gate)));
    expect(Result.isFailure(web) && web.failure._tag).toBe("PassKeyError");
  });

  it("a key without kid is named by its thumbprint: the same key twice, or a kid equal to it, repeats it", async () => {
    for (const [jwks, path] of [
      [{ keys: [jwk(a), jwk(a)] }, "$.keys[1].x"],
      [{ keys: [jwk(a), jwk(b, a.verifying.keyId)] }, "$.keys[1].kid"],
      [{ keys: [jwk(b, "office"), jwk(a), jwk(c, "office")] }, "$.keys[2].kid"],
    ] as const) {
      expect(nodeReads(jwks)).toBe(path);
      expect(await webReads(jwks)).toBe(path);
    }
  });

  const ids = fc.constantFrom(undefined, "office", "backup", a.verifying.keyId);
  test.prop([fc.array(fc.tuple(fc.constantFrom(a, b, c), ids), { maxLength: 5 })])(
    "node and web accept exactly the same sets, and refuse the others at the same path",
    async (entries) => {
      const jwks = { keys: entries.map(([pair, kid]) => jwk(pair, kid)) };
      const node = nodeReads(jwks);
      const ids = entries.map(([pair, kid]) => kid ?? pair.verifying.keyId);
      expect(typeof node === "string").toBe(new Set(ids).size < ids.length);
      expect(await webReads(jwks)).toBe(typeof node === "string" ? node : "built");
    },
  );
});

describe("every other list of trusted keys refuses a repeated id", () => {
  it("nodePassTrustStore and webPassTrustStore: a PassKeyError at the second key", async () => {
    const same = { ...b.verifying, keyId: a.verifying.keyId };
    expect(await built(nodePassTrustStore([a.verifying, same]))).toMatchObject({
      _tag: "PassKeyError",
      path: "keys[1].keyId",
    });
    expect(await built(nodePassTrustStore([a.verifying, b.verifying]))).toBe("built");
    const web = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, [
      "sign",
      "verify",
    ])) as webcrypto.CryptoKeyPair;
    expect(await built(webPassTrustStore([web.publicKey, web.publicKey]))).toMatchObject({
      _tag: "PassKeyError",
      path: "publicKeys[1]",
    });
  });

  it("a checkpoint's keys and openRevocationList's: malformed at the second key of the token's id", () => {
    const same = { ...b.verifying, keyId: a.verifying.keyId };
    const token = signPassToken(pass, a.signing);
    const refused = verifyPassToken(
      token,
      { trustedKeys: [c.verifying, a.verifying, same], revocations: noRevocationList() },
      new Date("2006-06-30T10:00:00Z"),
    );
    expect(Result.isFailure(refused) && [refused.failure.reason, refused.failure.path]).toEqual([
      "malformed",
      "checkpoint.trustedKeys[2].keyId",
    ]);
    // the order of the keys never changes the answer
    const reversed = verifyPassToken(
      token,
      { trustedKeys: [same, a.verifying], revocations: noRevocationList() },
      new Date("2006-06-30T10:00:00Z"),
    );
    expect(Result.isFailure(reversed) && reversed.failure.reason).toBe("malformed");
    const list = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: [] }, a.signing);
    const opened = openRevocationList(list, [a.verifying, same]);
    expect(Result.isFailure(opened) && [opened.failure.reason, opened.failure.path]).toEqual([
      "malformed",
      "trustedKeys[1].keyId",
    ]);
  });

  it("jwksOf never writes a set its readers refuse", () => {
    const twice = jwksOf([a.signing, a.verifying]);
    expect(Result.isFailure(twice) && twice.failure.path).toBe("keys[1].keyId");
  });
});

describe("nodePassTrustStore never dies, whatever its keys (as webPassTrustStore)", () => {
  it("keys that are not an array of checked keys fail the layer with a PassKeyError", async () => {
    for (const keys of [
      42,
      [null],
      [42],
      ["key"],
      [{ keyId: "k" }],
      buildHostile({ special: "revoked proxy" }),
      [buildHostile({ special: "revoked proxy" })],
    ]) {
      const layer = nodePassTrustStore(keys as never);
      expect(await built(layer)).toMatchObject({ _tag: "PassKeyError" });
      const services = Layer.merge(layer, staticPassRevocations(noRevocationList()));
      const outcome = await Effect.runPromise(
        Effect.result(Effect.provide(checkPass(signPassToken(pass, a.signing), {}), services)),
      );
      expect(Result.isFailure(outcome) && outcome.failure._tag).toBe("PassKeyError");
    }
  });
});
