import { KeyObject } from "node:crypto";
import * as Result from "effect/Result";
import { nodeKeyId } from "../internal/nodeKeyId";
import { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

const describe = (key: unknown): string =>
  key instanceof KeyObject ? `${key.type} ${key.asymmetricKeyType ?? "secret"}` : key === null ? "null" : typeof key;

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
  publicKey instanceof KeyObject && publicKey.type === "public" && publicKey.asymmetricKeyType === "ed25519"
    ? Result.succeed({ _tag: "PassVerifyingKey", keyId: nodeKeyId(publicKey), publicKey })
    : Result.fail(
        new PassKeyError({
          message: `pass tokens are verified with Ed25519 public keys only, not a ${describe(publicKey)} key`,
          path: "publicKey",
          expected: "an Ed25519 public key",
          received: describe(publicKey),
        }),
      );
