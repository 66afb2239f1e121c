import type { KeyObject } from "node:crypto";

/**
 * A trusted Ed25519 public key of a pass office, with its key id. Made only by
 * {@link makeVerifyingKey} or {@link verifyingKeyFromPem}, which check that the key is
 * Ed25519 and compute the id from the key itself (a token cannot choose it).
 *
 * @example
 * ```ts
 * import { makeVerifyingKey } from "@unsms/access-pass"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))
 * console.log(key.keyId)
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export interface PassVerifyingKey {
  /** Marks a checked key. */
  readonly _tag: "PassVerifyingKey";
  /** The key id: the first 16 characters of the key's RFC 7638 thumbprint. */
  readonly keyId: string;
  /** The Ed25519 public key. */
  readonly publicKey: KeyObject;
}
