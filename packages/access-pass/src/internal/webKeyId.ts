import * as Effect from "effect/Effect";
import { PassKeyError } from "../keys/PassKeyError";
import { encodeBytes } from "./base64url";
import { subtle, utf8, type WebCryptoKey } from "./platform";

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
 * The key id of a WebCrypto Ed25519 public key (its RFC 7638 thumbprint, as for node
 * keys), or a {@link PassKeyError} when the key is not an extractable Ed25519 public key.
 *
 * @internal
 */
export const webKeyId = (publicKey: WebCryptoKey): Effect.Effect<string, PassKeyError> => {
  if (
    typeof publicKey !== "object" ||
    publicKey === null ||
    publicKey.type !== "public" ||
    publicKey.algorithm?.name !== "Ed25519"
  ) {
    const received =
      typeof publicKey === "object" && publicKey !== null
        ? `${publicKey.type} ${publicKey.algorithm?.name}`
        : typeof publicKey;
    return Effect.fail(
      new PassKeyError({
        message: `pass tokens use Ed25519 keys only, not a ${received} key`,
        path: "publicKey",
        expected: "an Ed25519 public CryptoKey",
        received,
      }),
    );
  }
  return Effect.flatMap(
    Effect.tryPromise({
      try: () => subtle()!.exportKey("jwk", publicKey),
      catch: () =>
        new PassKeyError({
          message: "the public key cannot be exported to compute its id",
          path: "publicKey",
          expected: "an extractable Ed25519 public CryptoKey",
          received: "a non-extractable key",
        }),
    }),
    (jwk) => webThumbprint(String(jwk.x)),
  );
};
