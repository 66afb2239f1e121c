import * as Result from "effect/Result";
import { keyList, uniqueKeyIds } from "../internal/keyList";
import { PassKeyError } from "./PassKeyError";
import type { PassJwks, PassPublicJwk } from "./PassPublicJwk";
import { publicJwkOf } from "./publicJwkOf";
import type { PassSigningKey } from "./PassSigningKey";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * The JWK Set (RFC 7517 §5) of pass office keys, public halves only: the trust store to
 * publish (`unsms pass keygen --jwks`) and read back with {@link verifyingKeysFromJwks}.
 * A list holding anything but checked keys (from a plain JS caller) is the
 * {@link PassKeyError} of the first such value, its path `keys[i]`; so is a key whose id an
 * earlier key already has (`keys[i].keyId`: the same key twice, or two keys given one id),
 * as {@link verifyingKeysFromJwks} would refuse the set. Never throws.
 *
 * @example
 * ```ts
 * import { jwksOf, makeSigningKey } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * console.log(Result.getOrThrow(jwksOf([key])).keys.length) // 1
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export const jwksOf = (keys: ReadonlyArray<PassSigningKey | PassVerifyingKey>): Result.Result<PassJwks, PassKeyError> =>
  Result.gen(() => keySet(keys));

/** The steps of {@link jwksOf}. */
function* keySet(keys: ReadonlyArray<PassSigningKey | PassVerifyingKey>) {
  const list = yield* keyList(keys, "keys");
  const jwks: Array<PassPublicJwk> = [];
  for (const [i, key] of list.entries())
    jwks.push(
      yield* Result.mapError(
        publicJwkOf(key as PassSigningKey | PassVerifyingKey),
        (failure) =>
          new PassKeyError({
            message: `keys[${i}]: ${failure.message}`,
            path: `keys[${i}].${failure.path}`,
            expected: failure.expected,
            received: failure.received,
          }),
      ),
    );
  yield* uniqueKeyIds(
    jwks.map((jwk) => jwk.kid),
    (i) => `keys[${i}].keyId`,
  );
  return { keys: jwks };
}
