import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import type { WebCryptoKey } from "../keys/WebCryptoKey";
import { keyList, uniqueKeyIds } from "../internal/keyList";
import { webKeyId } from "../internal/webKeyId";
import { webTrustStoreOf } from "../internal/webTrustStore";
import type { PassKeyError } from "../keys/PassKeyError";
import { PassTrustStore } from "./PassTrustStore";

/**
 * The {@link PassTrustStore} of WebCrypto Ed25519 public keys (extractable, so that their
 * ids can be computed), for runtimes where WebCrypto is all there is:
 * `@unsms/access-pass/web`. A key that is not Ed25519 fails the layer with a
 * {@link PassKeyError}: no other algorithm is ever used; so do more than 1000 keys and a key
 * listed twice (path `publicKeys[i]`: every id names one key). From a published JWK Set, use
 * {@link webPassTrustStoreFromJwks}.
 *
 * @example
 * ```ts
 * import { PassTrustStore } from "@unsms/access-pass/services"
 * import { webPassTrustStore } from "@unsms/access-pass/web"
 * import * as Effect from "effect/Effect"
 *
 * const keys = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair
 * const answer = PassTrustStore.use((store) => store.verify("not-a-trusted-kid", new Uint8Array(1), new Uint8Array(64)))
 * console.log(await Effect.runPromise(Effect.provide(answer, webPassTrustStore([keys.publicKey])))) // "unknown-key"
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const webPassTrustStore = (publicKeys: ReadonlyArray<WebCryptoKey>): Layer.Layer<PassTrustStore, PassKeyError> =>
  Layer.effect(
    PassTrustStore,
    Effect.gen(function* () {
      const list = yield* Effect.fromResult(keyList(publicKeys, "publicKeys"));
      const entries = yield* Effect.forEach(list, (key) =>
        Effect.map(webKeyId(key), (keyId) => [keyId, key as WebCryptoKey] as const),
      );
      yield* Effect.fromResult(
        uniqueKeyIds(
          entries.map(([keyId]) => keyId),
          (i) => `publicKeys[${i}]`,
        ),
      );
      return webTrustStoreOf(new Map(entries));
    }),
  );
