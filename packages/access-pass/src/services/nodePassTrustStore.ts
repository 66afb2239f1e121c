import { readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { verify, type KeyObject } from "node:crypto";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Result from "effect/Result";
import { keyList, uniqueKeyIds } from "../internal/keyList";
import { checkedKeyId, nodeEd25519Key } from "../internal/nodeEd25519Key";
import { PassKeyError } from "../keys/PassKeyError";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import { PassTrustStore } from "./PassTrustStore";

/** A key's error, at `keys[i]`. */
const at = (i: number, { path, expected, received, message }: PassKeyError): PassKeyError =>
  new PassKeyError({ message: `keys[${i}]: ${message}`, path: `keys[${i}].${path}`, expected, received });

/** The checked keys by id: an array of Ed25519 public keys with distinct ids, or a PassKeyError. */
const trustedById = (keys: unknown): Result.Result<ReadonlyMap<string, KeyObject>, PassKeyError> =>
  Result.gen(() => trustedKeysById(keys));

/** The steps of {@link trustedById}. */
function* trustedKeysById(keys: unknown) {
  const list = yield* keyList(keys, "keys");
  const byId = new Map<string, KeyObject>();
  const ids: Array<string> = [];
  for (let i = 0; i < list.length; i++) {
    const [keyId, publicKey] = readOrElse(
      () => [(list[i] as PassVerifyingKey).keyId, (list[i] as PassVerifyingKey).publicKey] as const,
      () => [undefined, undefined] as const,
    );
    const key = yield* Result.mapError(nodeEd25519Key(publicKey, "public", "verified"), (e) => at(i, e));
    const id = yield* Result.mapError(checkedKeyId(keyId), (e) => at(i, e));
    ids.push(id);
    byId.set(id, key);
  }
  yield* uniqueKeyIds(ids, (i) => `keys[${i}].keyId`);
  return byId;
}

/**
 * The {@link PassTrustStore} of node:crypto Ed25519 public keys ({@link PassVerifyingKey}s):
 * during a key rotation, list both the old and the new key. Like
 * {@link @unsms/access-pass!web.webPassTrustStore | webPassTrustStore}, the layer fails with a
 * {@link PassKeyError} — never a defect — when `keys` is not an array of at most 1000
 * Ed25519 public keys with key ids, or when two keys have the same id (path
 * `keys[i].keyId`): a token naming that id could otherwise be checked with either.
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
export const nodePassTrustStore = (keys: ReadonlyArray<PassVerifyingKey>): Layer.Layer<PassTrustStore, PassKeyError> =>
  Layer.effect(
    PassTrustStore,
    Effect.fromResult(
      Result.map(trustedById(keys), (byId) => ({
        verify: (keyId: string, data: Uint8Array, signature: Uint8Array) =>
          Effect.sync(() => {
            const key = byId.get(keyId);
            if (key === undefined) return "unknown-key" as const;
            try {
              return verify(null, Buffer.from(data.buffer, data.byteOffset, data.byteLength), key, signature)
                ? ("valid" as const)
                : ("invalid" as const);
            } catch {
              return "invalid" as const;
            }
          }),
      })),
    ),
  );
