import type { webcrypto } from "node:crypto";
import * as Effect from "effect/Effect";
import { PassKeyError } from "../keys/PassKeyError";
import { encodeBytes } from "./base64url";
import { thumbprintInput } from "./nodeKeyId";

/**
 * The key id of a WebCrypto Ed25519 public key (same definition as for node keys), or a
 * {@link PassKeyError} when the key is not an extractable Ed25519 public key.
 *
 * @internal
 */
export const webKeyId = (publicKey: webcrypto.CryptoKey): Effect.Effect<string, PassKeyError> => {
  if (publicKey.type !== "public" || publicKey.algorithm.name !== "Ed25519") {
    return Effect.fail(
      new PassKeyError({ message: `pass tokens use Ed25519 keys only, not a ${publicKey.type} ${publicKey.algorithm.name} key`, path: "publicKey", expected: "an Ed25519 public CryptoKey", received: `${publicKey.type} ${publicKey.algorithm.name}` }),
    );
  }
  return Effect.tryPromise({
    try: async () => {
      const jwk = await globalThis.crypto.subtle.exportKey("jwk", publicKey);
      const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(thumbprintInput(String(jwk.x))));
      return encodeBytes(new Uint8Array(digest)).slice(0, 16);
    },
    catch: () => new PassKeyError({ message: "the public key cannot be exported to compute its id", path: "publicKey", expected: "an extractable Ed25519 public CryptoKey", received: "a non-extractable key" }),
  });
};
