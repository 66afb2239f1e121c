import * as Result from "effect/Result";
import { MAX_LIST_LENGTH, preview, readRevocationsPayload, REVOCATIONS_TYP, splitJws } from "../internal/jws";
import { checkNodeSignature } from "../internal/nodeSignature";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import type { PassRefused } from "../token/PassRefused";
import type { RevocationList } from "./RevocationList";
import { RevocationListRejected } from "./RevocationListRejected";

/** A token refusal as the rejection of a list: its path under `list`, its reason kept or `malformed`. */
const rejected = ({ reason, message, path, expected, received }: PassRefused): RevocationListRejected =>
  new RevocationListRejected({
    reason: reason === "unknown-key" || reason === "bad-signature" ? reason : "malformed",
    message,
    path: path.replace(/^token/, "list"),
    expected,
    received,
  });

/**
 * Checks a signed revocation list ({@link signRevocationList}: a JWS of type
 * `unsms-revocations+jwt`) against the trusted keys — EdDSA only, like pass tokens — and
 * opens it into the {@link RevocationList} a {@link Checkpoint} holds, or a
 * {@link RevocationListRejected}. A checkpoint opens each list once when it arrives, not at
 * every verification. Lists up to 16 MiB. Never throws, whatever it is given. Two trusted
 * keys with the list's key id are `malformed` (path `trustedKeys[i].keyId`), never a guess
 * between them; so are trusted keys in an array of more than 1000 (path `trustedKeys`), told
 * by its `length` before any key is read.
 *
 * @example
 * ```ts
 * import type { PassId } from "@unsms/core"
 * import { makeSigningKey, makeVerifyingKey, openRevocationList, signRevocationList } from "@unsms/access-pass/node"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const keys = generateKeyPairSync("ed25519")
 * const signed = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: ["NY-1" as PassId] }, Result.getOrThrow(makeSigningKey(keys.privateKey)))
 * const list = Result.getOrThrow(openRevocationList(signed, [Result.getOrThrow(makeVerifyingKey(keys.publicKey))]))
 * console.log(list.revoked.has("NY-1")) // true
 * console.log(Result.isFailure(openRevocationList(42 as unknown as string, []))) // true
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const openRevocationList = (
  signed: string,
  trustedKeys: ReadonlyArray<PassVerifyingKey>,
): Result.Result<RevocationList, RevocationListRejected> => Result.gen(() => openedList(signed, trustedKeys));

/** The steps of {@link openRevocationList}: the list split, its signature checked, its payload read. */
function* openedList(signed: string, trustedKeys: ReadonlyArray<PassVerifyingKey>) {
  const split = yield* Result.mapError(
    splitJws(typeof signed === "string" ? signed.trim() : signed, REVOCATIONS_TYP, MAX_LIST_LENGTH),
    rejected,
  );
  const checked = yield* Result.mapError(checkNodeSignature(split, trustedKeys, "trustedKeys"), rejected);
  const list = yield* Result.mapError(
    readRevocationsPayload(checked.payload),
    (message) =>
      new RevocationListRejected({
        reason: "malformed",
        message,
        path: "list.payload",
        expected: "{iat: seconds, revoked: [pass ids]}",
        received: preview(checked.payload),
      }),
  );
  return {
    _tag: "RevocationList" as const,
    issuedAt: list.issuedAt,
    keyId: checked.keyId,
    revoked: new Set(list.revoked),
  };
}
