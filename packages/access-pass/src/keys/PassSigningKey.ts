import type { KeyObject } from "node:crypto";

/**
 * An Ed25519 private key ready to sign pass tokens, with its key id. Made only by
 * {@link makeSigningKey} or {@link signingKeyFromPem}, which check that the key is an
 * Ed25519 private key.
 *
 * @example
 * ```ts
 * import { makeSigningKey } from "@unsms/access-pass"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * console.log(key.keyId.length) // 16
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export interface PassSigningKey {
  /** Marks a checked key. */
  readonly _tag: "PassSigningKey";
  /** The key id: the first 16 characters of the public key's RFC 7638 thumbprint. */
  readonly keyId: string;
  /** The Ed25519 private key. */
  readonly privateKey: KeyObject;
  /** Its public key, to hand to checkpoints. */
  readonly publicKey: KeyObject;
}
