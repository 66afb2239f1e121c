import { readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Result from "effect/Result";
import { checkedKeyId, nodeEd25519Key } from "../internal/nodeEd25519Key";
import type { PassKeyError } from "../keys/PassKeyError";
import type { PassSigningKey } from "../keys/PassSigningKey";
import { PassSigner } from "./PassSigner";

/**
 * The {@link PassSigner} of a node:crypto Ed25519 private key ({@link PassSigningKey}).
 * Anything but a key of {@link makeSigningKey} (from a plain JS caller) fails the layer with
 * a {@link PassKeyError}; nothing is thrown.
 *
 * @example
 * ```ts
 * import { PassSigner } from "@unsms/access-pass/services"
 * import { makeSigningKey, nodePassSigner } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const keyId = Effect.runSync(Effect.provide(PassSigner.useSync((s) => s.keyId), nodePassSigner(key)))
 * console.log(keyId === key.keyId) // true
 * const wrong = Effect.runSync(Effect.result(Effect.provide(PassSigner.useSync((s) => s.keyId), nodePassSigner(null as never))))
 * console.log(wrong._tag) // "Failure"
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const nodePassSigner = (key: PassSigningKey): Layer.Layer<PassSigner, PassKeyError> =>
  Layer.effect(PassSigner, Effect.fromResult(Result.gen(() => nodeSigner(key))));

/** The steps of {@link nodePassSigner}: the key checked, the signer of its service. */
function* nodeSigner(key: PassSigningKey) {
  const [keyId, privateKey] = readOrElse(
    () => [key.keyId, key.privateKey] as const,
    () => [undefined, undefined] as const,
  );
  const signing = yield* nodeEd25519Key(privateKey, "private", "signed");
  return {
    keyId: yield* checkedKeyId(keyId),
    sign: (data: Uint8Array) =>
      Effect.sync(
        () => new Uint8Array(sign(null, Buffer.from(data.buffer, data.byteOffset, data.byteLength), signing)),
      ),
  };
}
