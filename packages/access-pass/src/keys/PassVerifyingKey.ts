import type { KeyObject } from "node:crypto";

/**
 * A trusted Ed25519 public key of a pass office on Node, with its key id. Made only by
 * {@link makeVerifyingKey}, {@link verifyingKeyFromPem} or {@link verifyingKeysFromJwks},
 * which check that the key is Ed25519 and take the id from the key itself or the trusted
 * JWK Set (a token cannot choose it).
 *
 * @example
 * ```ts
 * import { makeVerifyingKey } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))
 * console.log(key.keyId.length) // 43
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export interface PassVerifyingKey {
  /** Marks a checked key. */
  readonly _tag: "PassVerifyingKey";
  /** The key id: the key's RFC 7638 thumbprint, or the `kid` its trusted JWK Set gives it. */
  readonly keyId: string;
  /** The Ed25519 public key. */
  readonly publicKey: KeyObject;
}
