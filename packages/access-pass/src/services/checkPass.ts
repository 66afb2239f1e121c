import * as Clock from "effect/Clock";
import { makeIssue, readOrElse } from "@unsms/core";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { binaryToBytes } from "../internal/base64url";
import { checkClaims } from "../internal/checkClaims";
import { skewMs } from "../internal/skewMs";
import { PASS_TYP, readPassPayload, splitJws } from "../internal/jws";
import type { PassClaims } from "../token/PassClaims";
import { PassRefused } from "../token/PassRefused";
import { PassRevocations } from "./PassRevocations";
import { PassTrustStore } from "./PassTrustStore";

/**
 * Verifies a pass token with the services in the context — the trusted keys
 * ({@link PassTrustStore}), the current revocation list ({@link PassRevocations}) and
 * effect's own `Clock` for the time (so `TestClock` drives it in tests) — with the same
 * checks, in the same order, as {@link @unsms/access-pass!node.verifyPassToken | verifyPassToken}. Fails with a {@link PassRefused}
 * (`malformed` at `place.clockSkewSeconds` for a tolerance that is not a number from 0 to
 * {@link @unsms/access-pass!index.maxClockSkewSeconds | maxClockSkewSeconds}).
 * Portable: with {@link @unsms/access-pass!web.webPassTrustStore | webPassTrustStore} it runs in a browser.
 *
 * @example
 * ```ts
 * import { noRevocationList } from "@unsms/access-pass"
 * import { checkPass, staticPassRevocations } from "@unsms/access-pass/services"
 * import { makeVerifyingKey, nodePassTrustStore } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Layer from "effect/Layer"
 * import * as Result from "effect/Result"
 *
 * const trusted = Result.getOrThrow(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))
 * const services = Layer.merge(nodePassTrustStore([trusted]), staticPassRevocations(noRevocationList()))
 * const outcome = Effect.runSync(Effect.result(Effect.provide(checkPass("not a token", { zone: "grounds" }), services)))
 * if (Result.isFailure(outcome)) console.log(outcome.failure.reason) // "malformed"
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const checkPass = (
  token: string,
  place: { readonly zone?: string; readonly dutyStation?: string; readonly clockSkewSeconds?: number },
): Effect.Effect<PassClaims, PassRefused, PassTrustStore | PassRevocations> =>
  Effect.gen(function* () {
    const { keyId, signingInput, signature, payload } = yield* Effect.fromResult(splitJws(token, PASS_TYP));
    const store = yield* PassTrustStore;
    const answer = yield* store.verify(keyId, binaryToBytes(signingInput), signature);
    if (answer === "unknown-key") {
      return yield* Effect.fail(
        new PassRefused({
          reason: "unknown-key",
          message: `key ${JSON.stringify(keyId)} is not among the trusted keys`,
          path: "token.header.kid",
          expected: "the id of a trusted key",
          received: keyId,
        }),
      );
    }
    if (answer === "invalid") {
      return yield* Effect.fail(
        new PassRefused({
          reason: "bad-signature",
          message: "the signature does not match: the token was altered or forged",
          path: "token.signature",
          expected: `an Ed25519 signature by key ${keyId}`,
          received: "a signature that does not verify",
        }),
      );
    }
    const claims = yield* Effect.fromResult(readPassPayload(payload));
    const revocations = yield* (yield* PassRevocations).current;
    const now = yield* Clock.currentTimeMillis;
    // a plain JS caller's place may be unreadable: refused, never a defect
    return yield* Effect.fromResult(
      readOrElse(
        () =>
          Result.flatMap(skewMs(place.clockSkewSeconds, "place.clockSkewSeconds"), (skew) =>
            checkClaims(claims, {
              revocations,
              zone: place.zone,
              dutyStation: place.dutyStation,
              skewMs: skew,
              atMs: now,
            }),
          ),
        () =>
          Result.fail(
            new PassRefused({
              reason: "malformed",
              ...makeIssue("place", "{ zone?, dutyStation?, clockSkewSeconds? }", "an unreadable value"),
              message: "the checkpoint's place cannot be read",
            }),
          ),
      ),
    );
  });
