import { Buffer } from "node:buffer";
import { calculateJwkThumbprint, CompactSign, compactVerify, importJWK } from "jose";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { defaultPassPolicy, issuePass, noRevocationList, passClaimsOf, type Pass } from "@unsms/access-pass";
import {
  openRevocationList,
  publicJwkOf,
  signPassToken,
  signRevocationList,
  verifyPassToken,
} from "@unsms/access-pass/node";
import { instantArb, keyPair, sampleRequests, serialArb } from "../support/fixtures";

// Interoperability with an independent JOSE implementation: jose (panva), which unsms does
// not use at run time, and WebCrypto alone.

const office = keyPair();
const outsider = keyPair();

const passArb = fc
  .tuple(fc.constantFrom(...sampleRequests), instantArb, serialArb)
  .map(([[, request], when, id]) => Result.getOrThrow(issuePass(request, defaultPassPolicy, when, id)));
const middleOf = (pass: Pass): Date => new Date((Date.parse(pass.validFrom) + Date.parse(pass.validUntil)) / 2);
const gate = { trustedKeys: [office.verifying], revocations: noRevocationList() };

const claimsJson = (pass: Pass) => ({
  jti: pass.id,
  category: pass.category,
  dutyStation: pass.dutyStation,
  zones: pass.zones,
  stationBound: pass.stationBound,
  escortRequired: pass.escortRequired,
  nbf: Date.parse(pass.validFrom) / 1000,
  exp: Date.parse(pass.validUntil) / 1000,
});

const publicKey = await importJWK(Result.getOrThrow(publicJwkOf(office.signing)), "EdDSA");
const privateKey = office.privateKey;
const outsiderKey = outsider.privateKey;

describe("pass tokens are standard JWS (RFC 7515 compact, RFC 8037 EdDSA)", () => {
  it("the key id is the RFC 7638 thumbprint jose computes", async () => {
    expect(await calculateJwkThumbprint(Result.getOrThrow(publicJwkOf(office.verifying)), "sha256")).toBe(
      office.verifying.keyId,
    );
  });

  test.prop([passArb], { numRuns: 50 })(
    "a token unsms issues verifies with jose's compactVerify and WebCrypto alone",
    async (pass) => {
      const token = signPassToken(pass, office.signing);
      const verified = await compactVerify(token, publicKey, { algorithms: ["EdDSA"] });
      expect(verified.protectedHeader).toEqual({ alg: "EdDSA", kid: office.signing.keyId, typ: "unsms-pass+jwt" });
      expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(claimsJson(pass));
      const [header, payload, signature] = token.split(".") as [string, string, string];
      const webKey = await crypto.subtle.importKey(
        "jwk",
        Result.getOrThrow(publicJwkOf(office.signing)),
        { name: "Ed25519" },
        false,
        ["verify"],
      );
      expect(
        await crypto.subtle.verify(
          { name: "Ed25519" },
          webKey,
          Buffer.from(signature, "base64url"),
          new TextEncoder().encode(`${header}.${payload}`),
        ),
      ).toBe(true);
    },
  );

  test.prop([passArb], { numRuns: 50 })(
    "a JWS jose signs with a trusted key is accepted; with another key, refused",
    async (pass) => {
      const payload = new TextEncoder().encode(JSON.stringify(claimsJson(pass)));
      const signed = await new CompactSign(payload)
        .setProtectedHeader({ alg: "EdDSA", kid: office.signing.keyId, typ: "unsms-pass+jwt" })
        .sign(privateKey);
      expect(Result.getOrThrow(verifyPassToken(signed, gate, middleOf(pass)))).toEqual(passClaimsOf(pass));
      const forged = await new CompactSign(payload)
        .setProtectedHeader({ alg: "EdDSA", kid: office.signing.keyId, typ: "unsms-pass+jwt" })
        .sign(outsiderKey);
      const refused = verifyPassToken(forged, gate, middleOf(pass));
      expect(Result.isFailure(refused) && refused.failure.reason).toBe("bad-signature");
    },
  );

  it("header rules: explicit type, no crit, EdDSA only; a revocation list is never a pass and the reverse", async () => {
    const pass = Result.getOrThrow(
      issuePass(
        sampleRequests[0]![1],
        defaultPassPolicy,
        new Date("2006-06-30T12:00:00Z"),
        Result.getOrThrow(Result.succeed("NY-1" as Pass["id"])),
      ),
    );
    const payload = new TextEncoder().encode(JSON.stringify(claimsJson(pass)));
    const reason = async (header: Record<string, unknown>) => {
      const token = await new CompactSign(payload).setProtectedHeader({ alg: "EdDSA", ...header }).sign(privateKey);
      const result = verifyPassToken(token, gate, middleOf(pass));
      return Result.isFailure(result) ? result.failure.reason : "valid";
    };
    expect(await reason({ kid: office.signing.keyId, typ: "unsms-pass+jwt" })).toBe("valid");
    expect(await reason({ kid: office.signing.keyId })).toBe("malformed");
    expect(await reason({ kid: office.signing.keyId, typ: "JWT" })).toBe("malformed");
    expect(await reason({ kid: office.signing.keyId, typ: "unsms-revocations+jwt" })).toBe("malformed");
    expect(await reason({ typ: "unsms-pass+jwt" })).toBe("malformed");
    expect(await reason({ kid: "someone-else", typ: "unsms-pass+jwt" })).toBe("unknown-key");
    expect(await reason({ kid: office.signing.keyId, typ: "unsms-pass+jwt", crit: ["b64"], b64: true })).toBe(
      "malformed",
    );
    const list = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: [] }, office.signing);
    expect(Result.isFailure(verifyPassToken(list, gate, new Date(0)))).toBe(true);
    const token = signPassToken(pass, office.signing);
    const opened = openRevocationList(token, [office.verifying]);
    expect(Result.isFailure(opened) && opened.failure.reason).toBe("malformed");
    // and jose reads the signed revocation list
    const verified = await compactVerify(list, publicKey, { algorithms: ["EdDSA"] });
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual({ iat: 1151668800, revoked: [] });
  });
});
