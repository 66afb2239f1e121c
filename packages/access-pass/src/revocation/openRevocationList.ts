import * as Result from "effect/Result";
import { checkNodeSignature } from "../internal/nodeSignature";
import { readRevocationPayload } from "../internal/readRevocationPayload";
import { REVOCATION_LIST_PREFIX, splitToken } from "../internal/tokenFormat";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import type { RevocationList } from "./RevocationList";
import { RevocationListRejected } from "./RevocationListRejected";

/**
 * Checks a signed revocation list ({@link signRevocationList}) against the trusted keys —
 * Ed25519 only, like pass tokens — and opens it into the {@link RevocationList} a
 * {@link Checkpoint} holds, or a {@link RevocationListRejected}. A checkpoint opens each list
 * once when it arrives, not at every verification.
 *
 * @example
 * ```ts
 * import { makeSigningKey, makeVerifyingKey, openRevocationList, signRevocationList } from "@unsms/access-pass"
 * import type { PassId } from "@unsms/core"
 * import { generateKeyPairSync } from "node:crypto"
 * import * as Result from "effect/Result"
 *
 * const keys = generateKeyPairSync("ed25519")
 * const signed = signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: ["NY-1" as PassId] }, Result.getOrThrow(makeSigningKey(keys.privateKey)))
 * const list = Result.getOrThrow(openRevocationList(signed, [Result.getOrThrow(makeVerifyingKey(keys.publicKey))]))
 * console.log(list.revoked.has("NY-1")) // true
 * ```
 *
 * @category revocation
 * @since 0.1.0
 */
export const openRevocationList = (signed: string, trustedKeys: ReadonlyArray<PassVerifyingKey>): Result.Result<RevocationList, RevocationListRejected> => {
  const checked = Result.flatMap(splitToken(signed.trim(), REVOCATION_LIST_PREFIX), (split) => checkNodeSignature(split, trustedKeys));
  if (Result.isFailure(checked)) {
    const { reason, message, path, expected, received } = checked.failure;
    return Result.fail(new RevocationListRejected({ reason: reason === "unknown-key" || reason === "bad-signature" ? reason : "malformed", message, path: path.replace(/^token/, "list"), expected, received }));
  }
  const list = readRevocationPayload(checked.success.payload, checked.success.keyId);
  return Result.isFailure(list)
    ? Result.fail(new RevocationListRejected({ reason: "malformed", message: list.failure, path: "list.payload", expected: "[issuedAt seconds, [pass ids]]", received: checked.success.payload.slice(0, 24) }))
    : Result.succeed(list.success);
};
