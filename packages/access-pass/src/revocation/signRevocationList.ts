import { isListUpTo, readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import { encodeText } from "../internal/base64url";
import { isTokenSeconds, protectedHeader, REVOCATIONS_TYP, revocationsPayloadJson } from "../internal/jws";
import { isoSeconds } from "../internal/time";
import { MAX_REVOKED_IDS } from "../internal/limits";
import type { PassSigningKey } from "../keys/PassSigningKey";
import type { RevocationEntries } from "./RevocationEntries";

/**
 * Signs a revocation list with a pass office key as a JWS compact document (EdDSA, like
 * pass tokens): header `{"alg":"EdDSA","kid":…,"typ":"unsms-revocations+jwt"}`, payload
 * `{"iat": issuedAt seconds, "revoked": [pass ids, sorted]}`. Checkpoints open it with
 * {@link openRevocationList}; any JOSE library can check it too.
 *
 * Total: it never throws. Entries whose `issuedAt` is not an instant a token can carry, or
 * whose ids are not texts or number more than 1 000 000 (our limit, a full register's), and anything that is not a key of {@link makeSigningKey}, give
 * `""` — no list, which every checkpoint rejects as `malformed`.
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
 * console.log(signRevocationList({ issuedAt: "yesterday", passIds: [] }, key)) // ""
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const signRevocationList = (entries: RevocationEntries, key: PassSigningKey): string =>
  readOrElse(
    () => {
      const { issuedAt, passIds } = entries;
      const iat = typeof issuedAt === "string" ? isoSeconds(issuedAt) : Number.NaN;
      // the length first: a sparse array claiming 2^32 - 1 ids is refused before any copy
      const ids = isListUpTo(passIds, MAX_REVOKED_IDS) ? Array.from(passIds) : undefined;
      if (
        typeof key.keyId !== "string" ||
        !isTokenSeconds(iat) ||
        ids === undefined ||
        !ids.every((id) => typeof id === "string")
      )
        return "";
      const input = `${protectedHeader(key.keyId, REVOCATIONS_TYP)}.${encodeText(revocationsPayloadJson(iat, ids.sort()))}`;
      return `${input}.${sign(null, Buffer.from(input, "latin1"), key.privateKey).toString("base64url")}`;
    },
    () => "",
  );
