import type { PassPublicJwk } from "./PassPublicJwk";
import type { PassSigningKey } from "./PassSigningKey";
import type { PassVerifyingKey } from "./PassVerifyingKey";
import { nodePublicX } from "../internal/nodeKeyId";

/**
 * The public JWK (RFC 7517, RFC 8037) of a pass office key — of a signing key, its public
 * half — with its key id as `kid`: what checkpoints and other systems trust.
 *
 * @example
 * ```ts
 * import { makeSigningKey, publicJwkOf } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const jwk = publicJwkOf(key)
 * console.log(jwk.kty, jwk.crv, jwk.kid === key.keyId, "d" in jwk) // "OKP" "Ed25519" true false
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export const publicJwkOf = (key: PassSigningKey | PassVerifyingKey): PassPublicJwk => ({
  kty: "OKP",
  crv: "Ed25519",
  x: nodePublicX(key.publicKey),
  kid: key.keyId,
  alg: "EdDSA",
  use: "sig",
});
