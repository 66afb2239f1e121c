import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import type { PassSigningKey } from "../keys/PassSigningKey";
import { PassSigner } from "./PassSigner";

/**
 * The {@link PassSigner} of a node:crypto Ed25519 private key ({@link PassSigningKey}).
 *
 * @example
 * ```ts
 * import { PassSigner } from "@unsms/access-pass"
 * import { makeSigningKey, nodePassSigner } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const keyId = Effect.runSync(Effect.provide(PassSigner.useSync((s) => s.keyId), nodePassSigner(key)))
 * console.log(keyId === key.keyId) // true
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const nodePassSigner = (key: PassSigningKey): Layer.Layer<PassSigner> =>
  Layer.succeed(PassSigner, {
    keyId: key.keyId,
    sign: (data) =>
      Effect.sync(
        () => new Uint8Array(sign(null, Buffer.from(data.buffer, data.byteOffset, data.byteLength), key.privateKey)),
      ),
  });
