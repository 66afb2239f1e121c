import { readOrElse } from "@unsms/core";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { subtle } from "../internal/platform";
import type { WebCryptoKey } from "../keys/WebCryptoKey";
import { webEd25519Key, webKeyId } from "../internal/webKeyId";
import type { PassKeyError } from "../keys/PassKeyError";
import { PassSigner } from "./PassSigner";

/**
 * The {@link PassSigner} of a WebCrypto Ed25519 key pair, for runtimes where WebCrypto is
 * all there is (browsers, workers, Deno): `@unsms/access-pass/web`. The public key must be
 * extractable (its id is its RFC 7638 thumbprint); the private key is only used to sign.
 * Fails with a {@link PassKeyError} for any key that is not Ed25519.
 *
 * @example
 * ```ts
 * import { PassSigner } from "@unsms/access-pass/services"
 * import { webPassSigner } from "@unsms/access-pass/web"
 * import * as Effect from "effect/Effect"
 *
 * const keys = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair
 * const keyId = await Effect.runPromise(Effect.provide(PassSigner.useSync((s) => s.keyId), webPassSigner(keys)))
 * console.log(keyId.length) // 43
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const webPassSigner = (keys: {
  readonly privateKey: WebCryptoKey;
  readonly publicKey: WebCryptoKey;
}): Layer.Layer<PassSigner, PassKeyError> =>
  Layer.effect(
    PassSigner,
    Effect.gen(function* () {
      const [privateKey, publicKey] = readOrElse(
        () => [keys.privateKey, keys.publicKey] as const,
        () => [undefined, undefined] as const,
      );
      const keyId = yield* webKeyId(publicKey);
      const signing = yield* webEd25519Key(privateKey, "private");
      return {
        keyId,
        sign: (data: Uint8Array) =>
          Effect.promise(
            async () => new Uint8Array(await subtle()!.sign({ name: "Ed25519" }, signing, new Uint8Array(data))),
          ),
      };
    }),
  );
