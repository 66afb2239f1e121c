import { readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { verify } from "node:crypto";
import * as Result from "effect/Result";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import { PassRefused } from "../token/PassRefused";
import type { SplitJws } from "./jws";

/**
 * Finds the token's key among the trusted keys and checks the Ed25519 signature. The
 * algorithm is fixed: `verify(null, …)` with a key that {@link makeVerifyingKey} checked is
 * Ed25519; nothing in the token chooses it.
 *
 * @internal
 */
export const checkNodeSignature = (
  split: SplitJws,
  trustedKeys: ReadonlyArray<PassVerifyingKey>,
): Result.Result<SplitJws, PassRefused> => {
  // A plain JS caller's keys may be anything: what cannot be read trusts no key.
  const key = readOrElse(
    () => {
      if (!Array.isArray(trustedKeys)) return undefined;
      const keys = trustedKeys as ReadonlyArray<PassVerifyingKey | undefined>;
      for (let i = 0; i < keys.length; i++) if (keys[i]?.keyId === split.keyId) return keys[i];
      return undefined;
    },
    () => undefined,
  );
  if (key === undefined) {
    return Result.fail(
      new PassRefused({
        reason: "unknown-key",
        message: `key ${JSON.stringify(split.keyId)} is not among the trusted keys`,
        path: "token.header.kid",
        expected: "the id of a trusted key",
        received: split.keyId,
      }),
    );
  }
  let valid: boolean;
  try {
    valid = verify(null, Buffer.from(split.signingInput, "latin1"), key.publicKey, split.signature);
  } catch {
    valid = false;
  }
  return valid
    ? Result.succeed(split)
    : Result.fail(
        new PassRefused({
          reason: "bad-signature",
          message: "the signature does not match: the token was altered or forged",
          path: "token.signature",
          expected: `an Ed25519 signature by key ${split.keyId}`,
          received: "a signature that does not verify",
        }),
      );
};
