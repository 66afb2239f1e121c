import { readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { nodePublicX } from "../internal/nodeKeyId";
import { checkedKeyId, nodeEd25519Key } from "../internal/nodeEd25519Key";
import type { PassKeyError } from "./PassKeyError";
import type { PassPublicJwk } from "./PassPublicJwk";
import type { PassSigningKey } from "./PassSigningKey";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * The public JWK (RFC 7517, RFC 8037) of a pass office key — of a signing key, its public
 * half — with its key id as `kid`: what checkpoints and other systems trust. A value that
 * is not a key of {@link makeSigningKey} or {@link makeVerifyingKey} (from a plain JS
 * caller) is a {@link PassKeyError}. Never throws.
 *
 * @example
 * ```ts
 * import { makeSigningKey, publicJwkOf } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const jwk = Result.getOrThrow(publicJwkOf(key))
 * console.log(jwk.kty, jwk.crv, jwk.kid === key.keyId, "d" in jwk) // "OKP" "Ed25519" true false
 * console.log(Result.isFailure(publicJwkOf(null as never))) // true
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export const publicJwkOf = (key: PassSigningKey | PassVerifyingKey): Result.Result<PassPublicJwk, PassKeyError> =>
  Result.gen(() => publicJwk(key));

/** The steps of {@link publicJwkOf}. */
function* publicJwk(key: PassSigningKey | PassVerifyingKey) {
  const [keyId, publicKey] = readOrElse(
    () => [key.keyId, key.publicKey] as const,
    () => [undefined, undefined] as const,
  );
  const checked = yield* nodeEd25519Key(publicKey, "public", "verified");
  const kid = yield* checkedKeyId(keyId);
  return {
    kty: "OKP" as const,
    crv: "Ed25519" as const,
    x: nodePublicX(checked),
    kid,
    alg: "EdDSA" as const,
    use: "sig" as const,
  };
}
