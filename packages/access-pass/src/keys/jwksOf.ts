import type { PassJwks } from "./PassPublicJwk";
import { publicJwkOf } from "./publicJwkOf";
import type { PassSigningKey } from "./PassSigningKey";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * The JWK Set (RFC 7517 §5) of pass office keys, public halves only: the trust store to
 * publish (`unsms pass keygen --jwks`) and read back with {@link verifyingKeysFromJwks}.
 *
 * @example
 * ```ts
 * import { jwksOf, makeSigningKey } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * console.log(jwksOf([key]).keys.length) // 1
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export const jwksOf = (keys: ReadonlyArray<PassSigningKey | PassVerifyingKey>): PassJwks => ({
  keys: keys.map(publicJwkOf),
});
