import { makeIssue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { MAX_JWKS_KEYS } from "../internal/readJwks";
import { PassKeyError } from "./PassKeyError";
import type { PassJwks, PassPublicJwk } from "./PassPublicJwk";
import { publicJwkOf } from "./publicJwkOf";
import type { PassSigningKey } from "./PassSigningKey";
import type { PassVerifyingKey } from "./PassVerifyingKey";

/**
 * The JWK Set (RFC 7517 §5) of pass office keys, public halves only: the trust store to
 * publish (`unsms pass keygen --jwks`) and read back with {@link verifyingKeysFromJwks}.
 * A list holding anything but checked keys (from a plain JS caller) is the
 * {@link PassKeyError} of the first such value, its path `keys[i]`. Never throws.
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
  Result.gen(function* () {
    const list: ReadonlyArray<PassSigningKey | PassVerifyingKey> | undefined = readOrElse(
      () => (Array.isArray(keys) && keys.length <= MAX_JWKS_KEYS ? Array.from(keys) : undefined),
      () => undefined,
    );
    if (list === undefined)
      return yield* Result.fail(
        new PassKeyError({
          ...makeIssue("keys", `an array of at most ${MAX_JWKS_KEYS} pass office keys`, "another value"),
          message: "a JWK Set is written from an array of pass office keys",
        }),
      );
    const jwks: Array<PassPublicJwk> = [];
    for (const [i, key] of list.entries())
      jwks.push(
        yield* Result.mapError(
          publicJwkOf(key),
          (failure) =>
            new PassKeyError({
              message: `keys[${i}]: ${failure.message}`,
              path: `keys[${i}].${failure.path}`,
              expected: failure.expected,
              received: failure.received,
            }),
        ),
      );
    return { keys: jwks };
  });
