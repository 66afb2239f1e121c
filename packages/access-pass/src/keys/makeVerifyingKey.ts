import type { KeyObject } from "node:crypto";
import * as Result from "effect/Result";
import { nodeEd25519Key } from "../internal/nodeEd25519Key";
import { nodeKeyId } from "../internal/nodeKeyId";
import type { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * Checks that a node:crypto `KeyObject` is an Ed25519 public key and makes it a trusted
 * {@link PassVerifyingKey} whose id is its RFC 7638 thumbprint, or a {@link PassKeyError}.
 * An RSA, EC, Ed448 or secret (HMAC) key is refused here, so no other algorithm can ever
 * verify a token. Never throws.
 *
 * @example
 * ```ts
 * import { makeVerifyingKey } from "@unsms/access-pass/node"
 * import { createSecretKey, generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))) // true
 * console.log(Result.isFailure(makeVerifyingKey(createSecretKey(new Uint8Array(32))))) // true
 * ```
 *
 * @category keys
 * @since 0.1.0
 */
export const makeVerifyingKey = (publicKey: KeyObject): Result.Result<PassVerifyingKey, PassKeyError> =>
  Result.map(nodeEd25519Key(publicKey, "public", "verified"), (key) => ({
    _tag: "PassVerifyingKey",
    keyId: nodeKeyId(key),
    publicKey: key,
  }));
