import { readOrElse } from "@unsms/core";
import * as Effect from "effect/Effect";
import type { Pass } from "../issuance/PassSchema";
import { binaryToBytes, encodeBytes, encodeText } from "../internal/base64url";
import { PASS_TYP, passPayloadJson, protectedHeader } from "../internal/jws";
import { passClaimsOf } from "../token/passClaimsOf";
import { PassSigner } from "./PassSigner";

/**
 * Signs a pass into its token with the {@link PassSigner} in the context: the same JWS
 * compact token as {@link @unsms/access-pass!node.signPassToken | signPassToken}, whichever layer provides the key (node:crypto,
 * WebCrypto in a browser, an HSM). Portable: no Node built-in. Like
 * {@link @unsms/access-pass!node.signPassToken | signPassToken}, a value that is not a {@link Pass} signs to `""`, no token.
 *
 * @example
 * ```ts
 * import type { Pass } from "@unsms/access-pass"
 * import { signPass } from "@unsms/access-pass/services"
 * import { makeSigningKey, nodePassSigner } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Effect from "effect/Effect"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const pass = {
 *   id: "NY-000001", category: "visitor", dutyStation: "New York",
 *   holder: { name: "A. Visitor", organization: "Public" }, zones: ["grounds"],
 *   stationBound: true, escortRequired: true, issuedAt: "2006-06-30T12:00:00Z",
 *   validFrom: "2006-06-30T12:00:00Z", validUntil: "2006-07-01T12:00:00Z", renewals: 0,
 * } as Pass
 * const token = Effect.runSync(Effect.provide(signPass(pass), nodePassSigner(key)))
 * console.log(token.split(".").length) // 3
 * ```
 *
 * @category services
 * @since 0.1.0
 */
export const signPass = (pass: Pass): Effect.Effect<string, never, PassSigner> =>
  PassSigner.use((signer) => {
    const payload = readOrElse(
      () => passPayloadJson(passClaimsOf(pass)),
      () => undefined,
    );
    if (payload === undefined) return Effect.succeed("");
    const input = `${protectedHeader(signer.keyId, PASS_TYP)}.${encodeText(payload)}`;
    return Effect.map(signer.sign(binaryToBytes(input)), (signature) => `${input}.${encodeBytes(signature)}`);
  });
