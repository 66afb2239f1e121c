import { createPrivateKey } from "node:crypto";
import * as Result from "effect/Result";
import { pemBlocks } from "../internal/pemBlocks";
import { makeSigningKey } from "./makeSigningKey";
import { PassKeyError } from "./PassKeyError";
import type { PassSigningKey } from "./PassSigningKey";

const refuse = (message: string, received: string): Result.Result<never, PassKeyError> =>
  Result.fail(
    new PassKeyError({
      message,
      path: "privateKey",
      expected: "one -----BEGIN PRIVATE KEY----- block (PKCS #8) of an Ed25519 key",
      received,
    }),
  );

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
export const signingKeyFromPem = (pem: string): Result.Result<PassSigningKey, PassKeyError> => {
  if (typeof pem !== "string") return refuse("a PEM key is a text", typeof pem);
  const blocks = pemBlocks(pem);
  const keys = blocks.filter((block) => block.type === "PRIVATE KEY");
  if (keys.length !== 1 || blocks.length !== 1) {
    return refuse(
      `expected exactly one PRIVATE KEY block, found ${blocks.length === 0 ? "none" : blocks.map((b) => b.type).join(", ")}`,
      blocks.map((b) => b.type).join(", ") || "no PEM block",
    );
  }
  try {
    return makeSigningKey(createPrivateKey({ key: keys[0]!.text, format: "pem" }));
  } catch {
    return refuse("the PRIVATE KEY block does not hold a readable PKCS #8 key", "an unreadable PRIVATE KEY block");
  }
};
