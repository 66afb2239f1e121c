import type { webcrypto } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Result from "effect/Result";
import { TestClock } from "effect/testing";
import { describe, expect, it } from "vitest";
import { defaultPassPolicy, issuePass, noRevocationList, passClaimsOf } from "@unsms/access-pass";
import { checkPass, signPass, staticPassRevocations } from "@unsms/access-pass/services";
import {
  nodePassSigner,
  nodePassTrustStore,
  openRevocationList,
  signPassToken,
  signRevocationList,
} from "@unsms/access-pass/node";
import { webPassSigner, webPassTrustStore } from "@unsms/access-pass/web";
import { instantArb, keyPair, sampleRequests, serial, serialArb } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const office = keyPair();
const at = new Date("2006-06-30T12:00:00Z");
const pass = Result.getOrThrow(
  issuePass(new Map(sampleRequests).get("media")!, defaultPassPolicy, at, serial("NY-M7")),
);

const runAt = <A, E>(effect: Effect.Effect<A, E, never>, ms: number) =>
  Effect.runPromise(
    Effect.provide(Effect.result(Effect.flatMap(TestClock.setTime(ms), () => effect)), TestClock.layer()),
  );

describe("effect services", () => {
  it("node layers: signPass gives the same token as signPassToken; checkPass reads effect's Clock", async () => {
    const token = Effect.runSync(Effect.provide(signPass(pass), nodePassSigner(office.signing)));
    expect(token).toBe(signPassToken(pass, office.signing));
    const services = Layer.merge(nodePassTrustStore([office.verifying]), staticPassRevocations(noRevocationList()));
    const check = Effect.provide(checkPass(token, { zone: "media", dutyStation: "New York" }), services);
    expect(Result.getOrThrow(await runAt(check, at.getTime() + 1000))).toEqual(passClaimsOf(pass));
    const late = await runAt(check, Date.parse(pass.validUntil) + 300_000);
    expect(Result.isFailure(late) && late.failure._tag === "PassRefused" && late.failure.reason).toBe("expired");
    const revocations = Result.getOrThrow(
      openRevocationList(signRevocationList({ issuedAt: pass.issuedAt, passIds: [pass.id] }, office.signing), [
        office.verifying,
      ]),
    );
    const revoked = await runAt(
      Effect.provide(
        checkPass(token, {}),
        Layer.merge(nodePassTrustStore([office.verifying]), staticPassRevocations(revocations)),
      ),
      at.getTime(),
    );
    expect(Result.isFailure(revoked) && revoked.failure._tag === "PassRefused" && revoked.failure.reason).toBe(
      "revoked",
    );
  });

  it("checkPass refuses a clock-skew tolerance that is not a number from 0 to a day", async () => {
    const token = signPassToken(pass, office.signing);
    const services = Layer.merge(nodePassTrustStore([office.verifying]), staticPassRevocations(noRevocationList()));
    for (const clockSkewSeconds of [-300, Number.NaN, 86_401]) {
      const refused = await runAt(Effect.provide(checkPass(token, { clockSkewSeconds }), services), at.getTime());
      expect(Result.isFailure(refused) && refused.failure).toMatchObject({
        reason: "malformed",
        path: "place.clockSkewSeconds",
      });
    }
    const ok = await runAt(Effect.provide(checkPass(token, { clockSkewSeconds: 86_400 }), services), at.getTime());
    expect(Result.isSuccess(ok)).toBe(true);
  });

  it("WebCrypto layers sign and verify the same format, interoperable with node keys", async () => {
    const web = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, [
      "sign",
      "verify",
    ])) as webcrypto.CryptoKeyPair;
    const token = await Effect.runPromise(Effect.provide(signPass(pass), webPassSigner(web)));
    const webServices = Layer.merge(webPassTrustStore([web.publicKey]), staticPassRevocations(noRevocationList()));
    expect(
      Result.getOrThrow(await runAt(Effect.provide(checkPass(token, { zone: "grounds" }), webServices), at.getTime())),
    ).toEqual(passClaimsOf(pass));
    // a token of the node key is unknown to the web store; the node key imported into WebCrypto has the same id
    const nodeToken = signPassToken(pass, office.signing);
    const unknown = await runAt(Effect.provide(checkPass(nodeToken, {}), webServices), at.getTime());
    expect(Result.isFailure(unknown) && (unknown.failure as { reason: string }).reason).toBe("unknown-key");
    const imported = await crypto.subtle.importKey(
      "spki",
      office.publicKey.export({ type: "spki", format: "der" }),
      { name: "Ed25519" },
      true,
      ["verify"],
    );
    const both = Layer.merge(webPassTrustStore([imported, web.publicKey]), staticPassRevocations(noRevocationList()));
    expect(Result.isSuccess(await runAt(Effect.provide(checkPass(nodeToken, {}), both), at.getTime()))).toBe(true);
    // a non-Ed25519 key never enters a trust store
    const ecdsa = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
    const refused = await Effect.runPromise(
      Effect.result(
        Effect.provide(
          checkPass(nodeToken, {}),
          Layer.merge(webPassTrustStore([ecdsa.publicKey]), staticPassRevocations(noRevocationList())),
        ),
      ),
    );
    expect(Result.isFailure(refused) && (refused.failure as { _tag: string })._tag).toBe("PassKeyError");
  });

  test.prop([fc.constantFrom(...sampleRequests), instantArb, serialArb, fc.nat()])(
    "checkPass agrees with verifyPassToken: round trip, and a changed character fails",
    async ([, request], when, id, position) => {
      const issued = Result.getOrThrow(issuePass(request, defaultPassPolicy, when, id));
      const token = signPassToken(issued, office.signing);
      const services = Layer.merge(nodePassTrustStore([office.verifying]), staticPassRevocations(noRevocationList()));
      const ok = await runAt(
        Effect.provide(checkPass(token, { dutyStation: issued.dutyStation }), services),
        Date.parse(issued.validFrom),
      );
      expect(Result.getOrThrow(ok)).toEqual(passClaimsOf(issued));
      const index = position % token.length;
      const changed = token.slice(0, index) + (token[index] === "A" ? "B" : "A") + token.slice(index + 1);
      expect(
        Result.isFailure(await runAt(Effect.provide(checkPass(changed, {}), services), Date.parse(issued.validFrom))),
      ).toBe(true);
    },
  );
});
