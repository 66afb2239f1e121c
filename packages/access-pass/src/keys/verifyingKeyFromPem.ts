import { createPublicKey } from "node:crypto";
import type * as Result from "effect/Result";
import { keyFromPem } from "../internal/keyFromPem";
import { makeVerifyingKey } from "./makeVerifyingKey";
import type { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * Reads an Ed25519 public key from PEM (SPKI, as `unsms pass keygen` writes it) into a
 * trusted {@link PassVerifyingKey}, or a {@link PassKeyError}. The text must hold exactly
 * one `PUBLIC KEY` block and nothing else — a file with a private key is refused, whatever
 * its comments say. Never throws.
 *
 * @example
 * ```ts
 * import { verifyingKeyFromPem } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const keys = generateKeyPairSync("ed25519")
 * console.log(Result.isSuccess(verifyingKeyFromPem(keys.publicKey.export({ type: "spki", format: "pem" }).toString()))) // true
 * const disguised = `# PUBLIC KEY\n${keys.privateKey.export({ type: "pkcs8", format: "pem" })}`
 * console.log(Result.isFailure(verifyingKeyFromPem(disguised))) // true
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const verifyingKeyFromPem = (pem: string): Result.Result<PassVerifyingKey, PassKeyError> =>
  keyFromPem(pem, { type: "PUBLIC KEY", format: "SPKI", path: "publicKey" }, (block) =>
    makeVerifyingKey(createPublicKey({ key: block, format: "pem" })),
  );
