import type { webcrypto } from "node:crypto";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { webKeyId } from "../internal/webKeyId";
import type { PassKeyError } from "../keys/PassKeyError";
import { PassTrustStore } from "./PassTrustStore";

/**
 * The {@link PassTrustStore} of WebCrypto Ed25519 public keys (extractable, so that their
 * ids can be computed), for runtimes where WebCrypto is all there is. A key that is not
 * Ed25519 fails the layer with a {@link PassKeyError}: no other algorithm is ever used.
 *
 * @example
 * ```ts
 * import { PassTrustStore, webPassTrustStore } from "@unsms/access-pass"
 * import * as Effect from "effect/Effect"
 * import type { webcrypto } from "node:crypto"
 *
 * const keys = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair
 * const answer = PassTrustStore.use((store) => store.verify("AAAAAAAAAAAAAAAA", new Uint8Array(1), new Uint8Array(64)))
 * console.log(await Effect.runPromise(Effect.provide(answer, webPassTrustStore([keys.publicKey])))) // "unknown-key"
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const webPassTrustStore = (publicKeys: ReadonlyArray<webcrypto.CryptoKey>): Layer.Layer<PassTrustStore, PassKeyError> =>
  Layer.effect(
    PassTrustStore,
    Effect.map(Effect.forEach(publicKeys, (key) => Effect.map(webKeyId(key), (keyId) => [keyId, key] as const)), (entries) => {
      const byId = new Map(entries);
      return {
        verify: (keyId: string, data: Uint8Array, signature: Uint8Array) => {
          const key = byId.get(keyId);
          return key === undefined
            ? Effect.succeed("unknown-key" as const)
            : Effect.promise(async () => {
                try {
                  return (await globalThis.crypto.subtle.verify({ name: "Ed25519" }, key, new Uint8Array(signature), new Uint8Array(data))) ? ("valid" as const) : ("invalid" as const);
                } catch {
                  return "invalid" as const;
                }
              });
        },
      };
    }),
  );
