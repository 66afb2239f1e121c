import { createPublicKey } from "node:crypto";
import * as Result from "effect/Result";
import { makeVerifyingKey } from "./makeVerifyingKey";
import { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * Reads an Ed25519 public key from PEM (SPKI, as `unsms pass keygen` writes it) into a
 * trusted {@link PassVerifyingKey}, or a {@link PassKeyError}. Never throws.
 *
 * @example
 * ```ts
 * import { verifyingKeyFromPem } from "@unsms/access-pass"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const pem = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString()
 * console.log(Result.getOrThrow(verifyingKeyFromPem(pem)).keyId)
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const verifyingKeyFromPem = (pem: string): Result.Result<PassVerifyingKey, PassKeyError> => {
  if (!pem.includes("PUBLIC KEY")) {
    return Result.fail(new PassKeyError({ message: "not a PEM public key", path: "publicKey", expected: "-----BEGIN PUBLIC KEY----- (SPKI)", received: pem.slice(0, 30) }));
  }
  try {
    return makeVerifyingKey(createPublicKey(pem));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : "unreadable";
    return Result.fail(new PassKeyError({ message: `not a PEM public key: ${reason}`, path: "publicKey", expected: "an Ed25519 public key in PEM (SPKI)", received: pem.slice(0, 30) }));
  }
};
