import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import { encodeText } from "../internal/base64url";
import { protectedHeader, REVOCATIONS_TYP, revocationsPayloadJson } from "../internal/jws";
import { isoSeconds } from "../internal/time";
import type { PassSigningKey } from "../keys/PassSigningKey";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * Signs a revocation list with a pass office key as a JWS compact document (EdDSA, like
 * pass tokens): header `{"alg":"EdDSA","kid":…,"typ":"unsms-revocations+jwt"}`, payload
 * `{"iat": issuedAt seconds, "revoked": [pass ids, sorted]}`. Checkpoints open it with
 * {@link openRevocationList}; any JOSE library can check it too.
 *
 * @example
 * ```ts
 * import type { PassId } from "@unsms/core"
 * import { makeSigningKey, signRevocationList } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const list = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: ["NY-1" as PassId] }, key)
 * console.log(JSON.parse(Buffer.from(list.split(".")[1]!, "base64url").toString())) // { iat: 1151668800, revoked: ["NY-1"] }
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const signRevocationList = (entries: RevocationEntries, key: PassSigningKey): string => {
  const input = `${protectedHeader(key.keyId, REVOCATIONS_TYP)}.${encodeText(revocationsPayloadJson(isoSeconds(entries.issuedAt), [...entries.passIds].sort()))}`;
  return `${input}.${sign(null, Buffer.from(input, "latin1"), key.privateKey).toString("base64url")}`;
};
