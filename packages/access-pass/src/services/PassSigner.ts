import * as Context from "effect/Context";
import type * as Effect from "effect/Effect";

/**
 * The effect service that signs pass tokens: the key id and an Ed25519 `sign` of bytes.
 * Keys never travel as globals: provide {@link @unsms/access-pass!node.nodePassSigner | nodePassSigner} (a node:crypto `KeyObject`),
 * {@link @unsms/access-pass!web.webPassSigner | webPassSigner} (a WebCrypto `CryptoKey`, where that is all there is) or an
 * agency's own layer (an HSM, a KMS) and sign with {@link signPass}.
 *
 * @example
 * ```ts
 * import { PassSigner } from "@unsms/access-pass/services"
 * import * as Effect from "effect/Effect"
 *
 * const keyIdInUse = PassSigner.useSync((signer) => signer.keyId)
 * console.log(Effect.isEffect(keyIdInUse)) // true
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export class PassSigner
  extends /* @__PURE__ */ Context.Service<
    PassSigner,
    {
      /** The id of the signing key, written into every token. */
      readonly keyId: string;
      /** The 64-byte Ed25519 signature of `data`. */
      readonly sign: (data: Uint8Array) => Effect.Effect<Uint8Array>;
    }
  >()("@unsms/access-pass/PassSigner") {}
