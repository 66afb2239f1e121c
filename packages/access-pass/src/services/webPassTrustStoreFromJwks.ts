import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { subtle } from "../internal/platform";
import { uniqueKeyIds } from "../internal/keyList";
import { jwksKeyPath, readJwks } from "../internal/readJwks";
import { webThumbprint } from "../internal/webKeyId";
import { webTrustStoreOf } from "../internal/webTrustStore";
import { PassKeyError } from "../keys/PassKeyError";
import { PassTrustStore } from "./PassTrustStore";

/**
 * The {@link PassTrustStore} of a published JWK Set (RFC 7517 §5; its JSON text or the
 * parsed object) of Ed25519 public keys, imported with WebCrypto: a browser or worker gate
 * trusts exactly the keys the pass office publishes (`unsms pass keygen --jwks`). A key's id
 * is its `kid`, else its RFC 7638 thumbprint. Any key that is not an Ed25519 public key, and
 * a second key with the id of an earlier one (path `$.keys[i].kid`), fail the layer with a
 * {@link PassKeyError}: every id names exactly one key, as for
 * {@link @unsms/access-pass!node.verifyingKeysFromJwks | verifyingKeysFromJwks}.
 *
 * @example
 * ```ts
 * import { PassTrustStore } from "@unsms/access-pass/services"
 * import { webPassTrustStoreFromJwks } from "@unsms/access-pass/web"
 * import * as Effect from "effect/Effect"
 *
 * const jwks = { keys: [{ kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" }] }
 * const answer = PassTrustStore.use((store) => store.verify("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", new Uint8Array(1), new Uint8Array(64)))
 * console.log(await Effect.runPromise(Effect.provide(answer, webPassTrustStoreFromJwks(jwks)))) // "invalid"
 * ```
 *
 * @category services
 * @since 0.2.0
 */
export const webPassTrustStoreFromJwks = (jwks: unknown): Layer.Layer<PassTrustStore, PassKeyError> =>
  Layer.effect(
    PassTrustStore,
    Effect.gen(function* () {
      const entries = yield* Effect.fromResult(readJwks(jwks));
      const pairs = yield* Effect.forEach(entries, ({ x, kid }) =>
        Effect.gen(function* () {
          const key = yield* Effect.tryPromise({
            try: () =>
              subtle()!.importKey("jwk", { kty: "OKP", crv: "Ed25519", x }, { name: "Ed25519" }, false, ["verify"]),
            catch: () =>
              new PassKeyError({
                message: "WebCrypto cannot import this Ed25519 key",
                path: "$.keys",
                expected: "an Ed25519 public key",
                received: x,
              }),
          });
          return [kid ?? (yield* webThumbprint(x)), key] as const;
        }),
      );
      yield* Effect.fromResult(
        uniqueKeyIds(
          pairs.map(([keyId]) => keyId),
          (i) => jwksKeyPath(entries, i),
        ),
      );
      return webTrustStoreOf(new Map(pairs));
    }),
  );
