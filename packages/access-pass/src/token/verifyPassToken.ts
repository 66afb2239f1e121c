import { makeIssue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { checkClaims } from "../internal/checkClaims";
import { MAX_TOKEN_LENGTH, PASS_TYP, readPassPayload, splitJws } from "../internal/jws";
import { checkNodeSignature } from "../internal/nodeSignature";
import { skewMs } from "../internal/skewMs";
import type { Checkpoint } from "./Checkpoint";
import type { PassClaims } from "./PassClaims";
import { PassRefused } from "./PassRefused";

const notACheckpoint = (received: string): Result.Result<never, PassRefused> =>
  Result.fail(
    new PassRefused({
      reason: "malformed",
      ...makeIssue("checkpoint", "a Checkpoint and a Date", received),
      message: "a checkpoint and a Date are needed",
    }),
  );

/**
 * Verifies a pass token (JWS compact, EdDSA) offline at a checkpoint, at a given instant:
 * returns the pass's {@link PassClaims}, or a {@link PassRefused} whose `reason` says why,
 * checked in this order:
 *
 * 1. `malformed`: not a JWS compact token of type `unsms-pass+jwt` with well-formed claims
 *    — including a header that claims any algorithm but EdDSA (`none`, `HS256`, …): only
 *    Ed25519 is ever used, whatever the token says;
 * 2. `unknown-key`: the header's `kid` is not among the checkpoint's trusted keys;
 * 3. `bad-signature`: the Ed25519 signature does not verify (altered or forged);
 * 4. `revoked`: the pass is on the checkpoint's revocation list (revoked or suspended);
 * 5. `not-yet-valid` / `expired`: the instant is outside `[nbf − skew, exp + skew)`
 *    (skew {@link @unsms/access-pass!index.defaultClockSkewSeconds | defaultClockSkewSeconds} unless the checkpoint sets it); instants carry no
 *    time zone, so the answer never depends on one;
 * 6. `wrong-duty-station`: a station-bound pass at another duty station;
 * 7. `wrong-zone`: the pass does not open the checkpoint's zone.
 *
 * Never throws, whatever the token, checkpoint or time: a checkpoint or time that is not one
 * (from a plain JS caller: a revoked proxy, a throwing getter) is `malformed`, path
 * `checkpoint`. So is a checkpoint with two trusted keys of the token's key id (path
 * `checkpoint.trustedKeys[i].keyId`): which key checks a token never depends on their order.
 * So are trusted keys in an array of more than 1000 (the most a trust store holds; path
 * `checkpoint.trustedKeys`), told by its `length` before any key is read.
 * So is a `clockSkewSeconds` that is not a number from 0 to {@link @unsms/access-pass!index.maxClockSkewSeconds | maxClockSkewSeconds}
 * (path `checkpoint.clockSkewSeconds`): a misconfigured tolerance refuses every pass rather
 * than widen its window.
 *
 * @example
 * ```ts
 * import { issuePass, defaultPassPolicy, noRevocationList } from "@unsms/access-pass"
 * import { makeSigningKey, makeVerifyingKey, signPassToken, verifyPassToken } from "@unsms/access-pass/node"
 * import { PassRequestSchema } from "@unsms/access-pass/schema"
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
export const verifyPassToken = (
  token: string,
  checkpoint: Checkpoint,
  at: Date,
): Result.Result<PassClaims, PassRefused> =>
  readOrElse(
    () => verifyAt(token, checkpoint, at),
    () => notACheckpoint("an unreadable value"),
  );

/** {@link verifyPassToken} inside its net. */
const verifyAt = (token: string, checkpoint: Checkpoint, at: Date): Result.Result<PassClaims, PassRefused> =>
  typeof checkpoint !== "object" || checkpoint === null || !(at instanceof Date)
    ? notACheckpoint(typeof checkpoint)
    : Result.gen(() => verifiedClaims(token, checkpoint, at));

/** The steps of {@link verifyAt}: the token split, its signature checked, its claims read and checked. */
function* verifiedClaims(token: string, checkpoint: Checkpoint, at: Date) {
  const split = yield* splitJws(token, PASS_TYP, MAX_TOKEN_LENGTH);
  const signed = yield* checkNodeSignature(split, checkpoint.trustedKeys, "checkpoint.trustedKeys");
  const claims = yield* readPassPayload(signed.payload);
  const skew = yield* skewMs(checkpoint.clockSkewSeconds, "checkpoint.clockSkewSeconds");
  return yield* checkClaims(claims, {
    revocations: checkpoint.revocations,
    zone: checkpoint.zone,
    dutyStation: checkpoint.dutyStation,
    skewMs: skew,
    atMs: at.getTime(),
  });
}
