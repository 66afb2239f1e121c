import * as Result from "effect/Result";
import { MAX_LIST_LENGTH, preview, readRevocationsPayload, REVOCATIONS_TYP, splitJws } from "../internal/jws";
import { checkNodeSignature } from "../internal/nodeSignature";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import type { RevocationList } from "./RevocationList";
import { RevocationListRejected } from "./RevocationListRejected";

/**
 * Checks a signed revocation list ({@link signRevocationList}: a JWS of type
 * `unsms-revocations+jwt`) against the trusted keys — EdDSA only, like pass tokens — and
 * opens it into the {@link RevocationList} a {@link Checkpoint} holds, or a
 * {@link RevocationListRejected}. A checkpoint opens each list once when it arrives, not at
 * every verification. Lists up to 16 MiB. Never throws, whatever it is given.
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
): Result.Result<RevocationList, RevocationListRejected> => {
  const checked = Result.flatMap(
    splitJws(typeof signed === "string" ? signed.trim() : signed, REVOCATIONS_TYP, MAX_LIST_LENGTH),
    (split) => checkNodeSignature(split, trustedKeys),
  );
  if (Result.isFailure(checked)) {
    const { reason, message, path, expected, received } = checked.failure;
    return Result.fail(
      new RevocationListRejected({
        reason: reason === "unknown-key" || reason === "bad-signature" ? reason : "malformed",
        message,
        path: path.replace(/^token/, "list"),
        expected,
        received,
      }),
    );
  }
  const list = readRevocationsPayload(checked.success.payload);
  return Result.isFailure(list)
    ? Result.fail(
        new RevocationListRejected({
          reason: "malformed",
          message: list.failure,
          path: "list.payload",
          expected: "{iat: seconds, revoked: [pass ids]}",
          received: preview(checked.success.payload),
        }),
      )
    : Result.succeed({
        _tag: "RevocationList",
        issuedAt: list.success.issuedAt,
        keyId: checked.success.keyId,
        revoked: new Set(list.success.revoked),
      });
};
