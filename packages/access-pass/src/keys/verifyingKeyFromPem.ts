import { createPublicKey } from "node:crypto";
import * as Result from "effect/Result";
import { pemBlocks } from "../internal/pemBlocks";
import { makeVerifyingKey } from "./makeVerifyingKey";
import { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

const refuse = (message: string, received: string): Result.Result<never, PassKeyError> =>
  Result.fail(
    new PassKeyError({
      message,
      path: "publicKey",
      expected: "one -----BEGIN PUBLIC KEY----- block (SPKI) of an Ed25519 key",
      received,
    }),
  );

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
export const verifyingKeyFromPem = (pem: string): Result.Result<PassVerifyingKey, PassKeyError> => {
  if (typeof pem !== "string") return refuse("a PEM key is a text", typeof pem);
  const blocks = pemBlocks(pem);
  const keys = blocks.filter((block) => block.type === "PUBLIC KEY");
  if (keys.length !== 1 || blocks.length !== 1) {
    return refuse(
      `expected exactly one PUBLIC KEY block, found ${blocks.length === 0 ? "none" : blocks.map((b) => b.type).join(", ")}`,
      blocks.map((b) => b.type).join(", ") || "no PEM block",
    );
  }
  try {
    return makeVerifyingKey(createPublicKey({ key: keys[0]!.text, format: "pem" }));
  } catch {
    return refuse("the PUBLIC KEY block does not hold a readable SPKI key", "an unreadable PUBLIC KEY block");
  }
};
