import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import { encodeAscii, encodeBytes } from "../internal/base64url";
import { asciiJson, REVOCATION_LIST_PREFIX } from "../internal/tokenFormat";
import type { PassSigningKey } from "../keys/PassSigningKey";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * Signs a revocation list with a pass office key, in the same compact format as a pass
 * token: `UNRL1.EdDSA.<key id>.<payload>.<signature>`, the payload the base64url of
 * `[issuedAt seconds, [pass ids…]]`. Checkpoints open it with {@link openRevocationList}.
 *
 * @example
 * ```ts
 * import { makeSigningKey, signRevocationList } from "@unsms/access-pass"
 * import type { PassId } from "@unsms/core"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const key = Result.getOrThrow(makeSigningKey(generateKeyPairSync("ed25519").privateKey))
 * const list = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: ["NY-1" as PassId] }, key)
 * console.log(list.slice(0, 12)) // "UNRL1.EdDSA."
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const signRevocationList = (entries: RevocationEntries, key: PassSigningKey): string => {
  const input = `${REVOCATION_LIST_PREFIX}${key.keyId}.${encodeAscii(asciiJson([Math.floor(Date.parse(entries.issuedAt) / 1000), [...entries.passIds].sort()]))}`;
  return `${input}.${encodeBytes(sign(null, Buffer.from(input, "latin1"), key.privateKey))}`;
};
