import { createPrivateKey } from "node:crypto";
import type * as Result from "effect/Result";
import { keyFromPem } from "../internal/keyFromPem";
import { makeSigningKey } from "./makeSigningKey";
import type { PassKeyError } from "./PassKeyError";
import type { PassSigningKey } from "./PassSigningKey";

/**
 * Reads an Ed25519 private key from PEM (PKCS #8, as `unsms pass keygen` writes it) into a
 * {@link PassSigningKey}, or a {@link PassKeyError}. The text must hold exactly one
 * `PRIVATE KEY` block; blocks are read by their type, never by a comment. Never throws,
 * whatever it is given.
 *
 * @example
 * ```ts
 * import { signingKeyFromPem } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
 * console.log(Result.getOrThrow(signingKeyFromPem(pem)).keyId.length) // 43
 * console.log(Result.isFailure(signingKeyFromPem(undefined as unknown as string))) // true
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const signingKeyFromPem = (pem: string): Result.Result<PassSigningKey, PassKeyError> =>
  keyFromPem(pem, { type: "PRIVATE KEY", format: "PKCS #8", path: "privateKey" }, (block) =>
    makeSigningKey(createPrivateKey({ key: block, format: "pem" })),
  );
