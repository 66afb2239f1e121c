import { createPublicKey, type KeyObject } from "node:crypto";
import * as Result from "effect/Result";
import { nodeEd25519Key } from "../internal/nodeEd25519Key";
import { nodeKeyId } from "../internal/nodeKeyId";
import type { PassKeyError } from "./PassKeyError";
import type { PassSigningKey } from "./PassSigningKey";

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
export const makeSigningKey = (privateKey: KeyObject): Result.Result<PassSigningKey, PassKeyError> =>
  Result.map(nodeEd25519Key(privateKey, "private", "signed"), (key) => {
    const publicKey = createPublicKey(key);
    return { _tag: "PassSigningKey", keyId: nodeKeyId(publicKey), privateKey: key, publicKey };
  });
