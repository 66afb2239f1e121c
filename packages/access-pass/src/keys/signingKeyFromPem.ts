import { createPrivateKey } from "node:crypto";
import * as Result from "effect/Result";
import { makeSigningKey } from "./makeSigningKey";
import { PassKeyError } from "./PassKeyError";
import type { PassSigningKey } from "./PassSigningKey";

/**
 * Reads an Ed25519 private key from PEM (PKCS #8, as `unsms pass keygen` writes it) into a
 * {@link PassSigningKey}, or a {@link PassKeyError}. Never throws.
 *
 * @example
 * ```ts
 * import { signingKeyFromPem } from "@unsms/access-pass"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
 * console.log(Result.getOrThrow(signingKeyFromPem(pem)).keyId)
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const signingKeyFromPem = (pem: string): Result.Result<PassSigningKey, PassKeyError> => {
  try {
    return makeSigningKey(createPrivateKey(pem));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : "unreadable";
    return Result.fail(new PassKeyError({ message: `not a PEM private key: ${reason}`, path: "privateKey", expected: "an Ed25519 private key in PEM (PKCS #8)", received: pem.slice(0, 30) }));
  }
};
