import { Buffer } from "node:buffer";
import { verify } from "node:crypto";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import { PassTrustStore } from "./PassTrustStore";

/**
 * The {@link PassTrustStore} of node:crypto Ed25519 public keys ({@link PassVerifyingKey}s):
 * during a key rotation, list both the old and the new key.
 *
 * @example
 * ```ts
 * import { PassTrustStore } from "@unsms/access-pass/services"
 * import { makeVerifyingKey, nodePassTrustStore } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeVerifyingKey(generateKeyPairSync("ed25519").publicKey))
 * const answer = PassTrustStore.use((store) => store.verify("not-a-trusted-kid", new Uint8Array(1), new Uint8Array(64)))
 * console.log(Effect.runSync(Effect.provide(answer, nodePassTrustStore([key])))) // "unknown-key"
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const nodePassTrustStore = (keys: ReadonlyArray<PassVerifyingKey>): Layer.Layer<PassTrustStore> =>
  Layer.succeed(PassTrustStore, {
    verify: (keyId, data, signature) =>
      Effect.sync(() => {
        const key = keys.find((k) => k.keyId === keyId);
        if (key === undefined) return "unknown-key";
        try {
          return verify(null, Buffer.from(data.buffer, data.byteOffset, data.byteLength), key.publicKey, signature)
            ? "valid"
            : "invalid";
        } catch {
          return "invalid";
        }
      }),
  });
