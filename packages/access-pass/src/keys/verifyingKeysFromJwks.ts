import { createPublicKey } from "node:crypto";
import * as Result from "effect/Result";
import { uniqueKeyIds } from "../internal/keyList";
import { jwksKeyPath, readJwks } from "../internal/readJwks";
import { nodeKeyId } from "../internal/nodeKeyId";
import type { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * Reads a JWK Set (RFC 7517 §5; its JSON text or the parsed object) of Ed25519 public keys
 * into trusted {@link PassVerifyingKey}s. A key's id is the JWK's `kid` when the set gives
 * one, else its RFC 7638 thumbprint (what unsms writes as `kid`). Any key that is not an
 * Ed25519 public key refuses the whole set with a {@link PassKeyError}, and so does a key
 * whose id an earlier key already has (path `$.keys[i].kid`, or `$.keys[i].x` for a key
 * without `kid`): a token naming that id could be checked with either. Never throws.
 *
 * @example
 * ```ts
 * import { jwksOf, makeVerifyingKey, verifyingKeysFromJwks } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))
 * const trusted = Result.getOrThrow(verifyingKeysFromJwks(JSON.stringify(Result.getOrThrow(jwksOf([key])))))
 * console.log(trusted[0]?.keyId === key.keyId) // true
 * console.log(Result.isFailure(verifyingKeysFromJwks({ keys: [{ kty: "RSA", n: "AQAB", e: "AQAB" }] }))) // true
 * const x = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
 * const twice = verifyingKeysFromJwks({ keys: [{ kty: "OKP", crv: "Ed25519", x, kid: "office" }, { kty: "OKP", crv: "Ed25519", x, kid: "office" }] })
 * if (Result.isFailure(twice)) console.log(twice.failure.path) // "$.keys[1].kid"
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export const verifyingKeysFromJwks = (jwks: unknown): Result.Result<ReadonlyArray<PassVerifyingKey>, PassKeyError> =>
  Result.gen(() => keysOfJwks(jwks));

/** The steps of {@link verifyingKeysFromJwks}. */
function* keysOfJwks(jwks: unknown) {
  const entries = yield* readJwks(jwks);
  const keys = entries.map(({ x, kid }) => {
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
    return { _tag: "PassVerifyingKey" as const, keyId: kid ?? nodeKeyId(publicKey), publicKey };
  });
  yield* uniqueKeyIds(
    keys.map((key) => key.keyId),
    (i) => jwksKeyPath(entries, i),
  );
  return keys;
}
