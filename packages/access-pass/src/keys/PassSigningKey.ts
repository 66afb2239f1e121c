import type { KeyObject } from "node:crypto";

/**
 * An Ed25519 private key ready to sign pass tokens on Node, with its key id. Made only by
 * {@link makeSigningKey} or {@link signingKeyFromPem}, which check that the key is an
 * Ed25519 private key. (`@unsms/access-pass/node`; in browsers, {@link @unsms/access-pass!web.webPassSigner | webPassSigner}.)
 *
 * @example
 * ```ts
 * import { makeSigningKey } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * console.log(key.keyId.length) // 43
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export interface PassSigningKey {
  /** Marks a checked key. */
  readonly _tag: "PassSigningKey";
  /** The key id: the public key's RFC 7638 JWK thumbprint (43 base64url characters). */
  readonly keyId: string;
  /** The Ed25519 private key. */
  readonly privateKey: KeyObject;
  /** Its public key, to hand to checkpoints. */
  readonly publicKey: KeyObject;
}
