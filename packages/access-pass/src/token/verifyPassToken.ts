import * as Result from "effect/Result";
import { checkClaims } from "../internal/checkClaims";
import { nodeDecodeBinary, nodeDecodeBytes } from "../internal/nodeBase64url";
import { checkNodeSignature } from "../internal/nodeSignature";
import { skewMs } from "../internal/skewMs";
import { PASS_TOKEN_PREFIX, readPassPayload, splitToken } from "../internal/tokenFormat";
import type { Checkpoint } from "./Checkpoint";
import type { PassClaims } from "./PassClaims";
import type { PassRefused } from "./PassRefused";

/**
 * Verifies a pass token offline at a checkpoint, at a given instant: returns the pass's
 * {@link PassClaims}, or a {@link PassRefused} whose `reason` says why, checked in this order:
 *
 * 1. `malformed`: not `UNP1.EdDSA.<kid>.<payload>.<signature>` — including a token that
 *    claims any algorithm but EdDSA: only Ed25519 is ever used, whatever the token says;
 * 2. `unknown-key`: the key id is not among the checkpoint's trusted keys;
 * 3. `bad-signature`: the Ed25519 signature does not verify (altered or forged);
 * 4. `revoked`: the pass is on the checkpoint's revocation list (revoked or suspended);
 * 5. `not-yet-valid` / `expired`: the instant is outside `[validFrom − skew, validUntil + skew)`
 *    (skew {@link defaultClockSkewSeconds} unless the checkpoint sets it); instants carry no
 *    time zone, so the answer never depends on one;
 * 6. `wrong-duty-station`: a station-bound pass at another duty station;
 * 7. `wrong-zone`: the pass does not open the checkpoint's zone.
 *
 * Never throws, whatever the token.
 *
 * @example
 * ```ts
 * import { issuePass, defaultPassPolicy, makeSigningKey, makeVerifyingKey, noRevocationList, signPassToken, verifyPassToken, PassRequestSchema } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const keys = generateKeyPairSync("ed25519")
 * const signing = Result.getOrThrow(makeSigningKey(keys.privateKey))
 * const trusted = Result.getOrThrow(makeVerifyingKey(keys.publicKey))
 * const request = Result.getOrThrow(decode(PassRequestSchema, {
 *   category: "visitor", dutyStation: "Geneva", holder: { name: "A. Visitor", organization: "Public" },
 *   sponsor: "Visitors Service", identityDocuments: [{ kind: "national-id", number: "X1" }],
 * }))
 * const serial = Result.getOrThrow(decode(PassIdSchema, "GE-2006-000042"))
 * const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, new Date("2006-06-30T08:00:00Z"), serial))
 * const token = signPassToken(pass, signing)
 *
 * const gate = { trustedKeys: [trusted], revocations: noRevocationList(), zone: "grounds", dutyStation: "Geneva" }
 * console.log(Result.getOrThrow(verifyPassToken(token, gate, new Date("2006-06-30T10:00:00Z"))).id) // "GE-2006-000042"
 * const late = verifyPassToken(token, gate, new Date("2006-07-02T10:00:00Z"))
 * if (Result.isFailure(late)) console.log(late.failure.reason) // "expired"
 * ```
 *
 * @category tokens
 * @since 0.1.0
 */
export const verifyPassToken = (token: string, checkpoint: Checkpoint, at: Date): Result.Result<PassClaims, PassRefused> =>
  Result.flatMap(splitToken(token, PASS_TOKEN_PREFIX, nodeDecodeBytes), (split) =>
    Result.flatMap(checkNodeSignature(split, checkpoint.trustedKeys), (signed) =>
      Result.flatMap(readPassPayload(signed.payload, nodeDecodeBinary), (claims) =>
        checkClaims(claims, {
          revocations: checkpoint.revocations,
          zone: checkpoint.zone,
          dutyStation: checkpoint.dutyStation,
          skewMs: skewMs(checkpoint.clockSkewSeconds),
          atMs: at.getTime(),
        }),
      ),
    ),
  );
