import { makeIssue, readOrElse } from "@unsms/core";
import * as Effect from "effect/Effect";
import { PassKeyError } from "../keys/PassKeyError";
import { encodeBytes } from "./base64url";
import type { WebCryptoKey } from "../keys/WebCryptoKey";
import { subtle, utf8 } from "./platform";

/** The RFC 7638 thumbprint input of an Ed25519 public key (see the node entry). @internal */
const thumbprintInput = (x: string): string => `{"crv":"Ed25519","kty":"OKP","x":"${x}"}`;

/** The RFC 7638 thumbprint of an Ed25519 public key's `x`, with WebCrypto. @internal */
export const webThumbprint = (x: string): Effect.Effect<string, PassKeyError> =>
  Effect.tryPromise({
    try: async () => encodeBytes(new Uint8Array(await subtle()!.digest("SHA-256", utf8(thumbprintInput(x))))),
    catch: () =>
      new PassKeyError({
        message: "WebCrypto is not available to compute the key id",
        path: "publicKey",
        expected: "crypto.subtle (a secure context)",
        received: "no crypto.subtle",
      }),
  });

/**
 * `key` if it is a WebCrypto Ed25519 key of the given type, else a {@link PassKeyError}
 * naming what it is (a value that cannot be read — a revoked proxy, a throwing getter —
 * included). Never throws.
 *
 * @internal
 */
export const webEd25519Key = (key: unknown, type: "private" | "public"): Effect.Effect<WebCryptoKey, PassKeyError> => {
  const [keyType, name] = readOrElse(
    () =>
      typeof key === "object" && key !== null
        ? [String((key as WebCryptoKey).type), String((key as WebCryptoKey).algorithm?.name)]
        : [typeof key, ""],
    () => ["unreadable", ""],
  );
  return keyType === type && name === "Ed25519"
    ? Effect.succeed(key as WebCryptoKey)
    : Effect.fail(
        new PassKeyError({
          ...makeIssue(`${type}Key`, `an Ed25519 ${type} CryptoKey`, `${keyType} ${name}`.trim()),
          message: `pass tokens use Ed25519 keys only, not a ${`${keyType} ${name}`.trim()} key`,
        }),
      );
};

/**
 * The key id of a WebCrypto Ed25519 public key (its RFC 7638 thumbprint, as for node
 * keys), or a {@link PassKeyError} when the key is not an extractable Ed25519 public key.
 *
 * @internal
 */
export const webKeyId = (publicKey: unknown): Effect.Effect<string, PassKeyError> =>
  Effect.gen(function* () {
    const key = yield* webEd25519Key(publicKey, "public");
    const jwk = yield* Effect.tryPromise({
      try: () => subtle()!.exportKey("jwk", key),
      catch: () =>
        new PassKeyError({
          message: "the public key cannot be exported to compute its id",
          path: "publicKey",
          expected: "an extractable Ed25519 public CryptoKey",
          received: "a non-extractable key",
        }),
    });
    return yield* webThumbprint(String(jwk.x));
  });
