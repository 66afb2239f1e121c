/**
 * The effect services of unsms, apart from `@unsms/sdk` because they load effect's runtime
 * (`Effect`, `Layer`, `Context`, `Clock`: about 11 kB gzipped in a browser bundle) that code
 * which only computes never uses: the pass token services of
 * {@link @unsms/access-pass!services | @unsms/access-pass/services}, as the namespace `AccessPass`.
 *
 * @example
 * ```ts
 * import { AccessPass } from "@unsms/sdk/services"
 * import { makeSigningKey, nodePassSigner } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const keyId = Effect.runSync(Effect.provide(AccessPass.PassSigner.useSync((signer) => signer.keyId), nodePassSigner(key)))
 * console.log(keyId.length) // 43
 * ```
 *
 * @packageDocumentation
 */

/** The pass token services (`PassSigner`, `PassTrustStore`, `PassRevocations`, `signPass`, `checkPass`): `@unsms/access-pass/services`. */
export * as AccessPass from "@unsms/access-pass/services";
