import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { subtle, type WebCryptoKey } from "../internal/platform";
import { webKeyId } from "../internal/webKeyId";
import { PassKeyError } from "../keys/PassKeyError";
import { PassSigner } from "./PassSigner";

/**
 * The {@link PassSigner} of a WebCrypto Ed25519 key pair, for runtimes where WebCrypto is
 * all there is (browsers, workers, Deno): `@unsms/access-pass/web`. The public key must be
 * extractable (its id is its RFC 7638 thumbprint); the private key is only used to sign.
 * Fails with a {@link PassKeyError} for any key that is not Ed25519.
 *
 * @example
 * ```ts
 * import { PassSigner } from "@unsms/access-pass"
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
    Effect.flatMap(webKeyId(keys?.publicKey), (keyId) =>
      keys.privateKey?.type !== "private" || keys.privateKey.algorithm?.name !== "Ed25519"
        ? Effect.fail(
            new PassKeyError({
              message: "pass tokens are signed with Ed25519 private keys only",
              path: "privateKey",
              expected: "an Ed25519 private CryptoKey",
              received: `${keys.privateKey?.type} ${keys.privateKey?.algorithm?.name}`,
            }),
          )
        : Effect.succeed({
            keyId,
            sign: (data: Uint8Array) =>
              Effect.promise(
                async () =>
                  new Uint8Array(await subtle()!.sign({ name: "Ed25519" }, keys.privateKey, new Uint8Array(data))),
              ),
          }),
    ),
  );
