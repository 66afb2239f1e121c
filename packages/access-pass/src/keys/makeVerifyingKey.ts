import type { KeyObject } from "node:crypto";
import * as Result from "effect/Result";
import { nodeKeyId } from "../internal/nodeKeyId";
import { PassKeyError } from "./PassKeyError";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * Checks that a node:crypto `KeyObject` is an Ed25519 public key and makes it a trusted
 * {@link PassVerifyingKey} with its key id, or a {@link PassKeyError}. An RSA, EC, Ed448 or
 * secret (HMAC) key is refused here, so no other algorithm can ever verify a token.
 *
 * @example
 * ```ts
 * import { makeVerifyingKey } from "@unsms/access-pass"
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
  publicKey.type === "public" && publicKey.asymmetricKeyType === "ed25519"
    ? Result.succeed({ _tag: "PassVerifyingKey", keyId: nodeKeyId(publicKey), publicKey })
    : Result.fail(
        new PassKeyError({
          message: `pass tokens are verified with Ed25519 public keys only, not a ${publicKey.type} ${publicKey.asymmetricKeyType ?? "symmetric"} key`,
          path: "publicKey",
          expected: "an Ed25519 public key",
          received: `${publicKey.type} ${publicKey.asymmetricKeyType ?? "secret"}`,
        }),
      );
