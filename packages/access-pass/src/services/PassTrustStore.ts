import * as Context from "effect/Context";
import type * as Effect from "effect/Effect";

/**
 * The effect service holding a checkpoint's trusted pass office keys: it checks an Ed25519
 * signature by key id and answers `"valid"`, `"invalid"` or `"unknown-key"`. Provide
 * {@link @unsms/access-pass!node.nodePassTrustStore | nodePassTrustStore} or {@link @unsms/access-pass!web.webPassTrustStore | webPassTrustStore}; {@link checkPass} uses it.
 *
 * @example
 * ```ts
 * import { PassTrustStore } from "@unsms/access-pass/services"
 * import * as Effect from "effect/Effect"
 *
 * const answer = PassTrustStore.use((store) => store.verify("aaaaaaaaaaaaaaaa", new Uint8Array(), new Uint8Array(64)))
 * console.log(Effect.isEffect(answer)) // true
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export class PassTrustStore
  extends /* @__PURE__ */ Context.Service<
    PassTrustStore,
    {
      /** Checks `signature` over `data` with the trusted key `keyId`, Ed25519 only. */
      readonly verify: (
        keyId: string,
        data: Uint8Array,
        signature: Uint8Array,
      ) => Effect.Effect<"valid" | "invalid" | "unknown-key">;
    }
  >()("@unsms/access-pass/PassTrustStore") {}
