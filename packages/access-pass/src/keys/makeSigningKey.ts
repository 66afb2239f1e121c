import { createPublicKey, KeyObject } from "node:crypto";
import * as Result from "effect/Result";
import { nodeKeyId } from "../internal/nodeKeyId";
import { PassKeyError } from "./PassKeyError";
import type { PassSigningKey } from "./PassSigningKey";

const describe = (key: unknown): string =>
  key instanceof KeyObject ? `${key.type} ${key.asymmetricKeyType ?? "secret"}` : key === null ? "null" : typeof key;

/**
 * Checks that a node:crypto `KeyObject` is an Ed25519 private key and makes it a
 * {@link PassSigningKey} with its key id, or a {@link PassKeyError}. Never throws,
 * whatever it is given.
 *
 * @example
 * ```ts
 * import { makeSigningKey } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(makeSigningKey(generateKeyPairSync("ed25519").privateKey))) // true
 * console.log(Result.isFailure(makeSigningKey(generateKeyPairSync("ed448").privateKey))) // true (only Ed25519)
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const makeSigningKey = (privateKey: KeyObject): Result.Result<PassSigningKey, PassKeyError> => {
  if (
    !(privateKey instanceof KeyObject) ||
    privateKey.type !== "private" ||
    privateKey.asymmetricKeyType !== "ed25519"
  ) {
    return Result.fail(
      new PassKeyError({
        message: `pass tokens are signed with Ed25519 private keys only, not a ${describe(privateKey)} key`,
        path: "privateKey",
        expected: "an Ed25519 private key",
        received: describe(privateKey),
      }),
    );
  }
  const publicKey = createPublicKey(privateKey);
  return Result.succeed({ _tag: "PassSigningKey", keyId: nodeKeyId(publicKey), privateKey, publicKey });
};
