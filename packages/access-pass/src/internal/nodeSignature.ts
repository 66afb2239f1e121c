import { describeValue, isListUpTo, makeIssue, readOrElse } from "@unsms/core";
import { Buffer } from "node:buffer";
import { verify } from "node:crypto";
import * as Result from "effect/Result";
import type { PassVerifyingKey } from "../keys/PassVerifyingKey";
import { PassRefused } from "../token/PassRefused";
import type { SplitJws } from "./jws";
import { MAX_JWKS_KEYS } from "./readJwks";

/**
 * The first trusted key with the token's id, and the index of a second one (-1 if none); or,
 * for an array longer than {@link MAX_JWKS_KEYS} keys, what it is (`tooLong`), told by its
 * `length` before any key is read.
 */
const findKey = (
  trustedKeys: ReadonlyArray<PassVerifyingKey>,
  keyId: string,
): { readonly key: PassVerifyingKey | undefined; readonly repeatedAt: number; readonly tooLong?: string } =>
  // A plain JS caller's keys may be anything: what cannot be read trusts no key.
  readOrElse(
    () => {
      let key: PassVerifyingKey | undefined;
      if (!Array.isArray(trustedKeys)) return { key, repeatedAt: -1 };
      // a sparse array claiming 2^32 − 1 keys is refused on its length, never walked
      if (!isListUpTo(trustedKeys, MAX_JWKS_KEYS)) return { key, repeatedAt: -1, tooLong: describeValue(trustedKeys) };
      const keys = trustedKeys as ReadonlyArray<PassVerifyingKey | undefined>;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i]?.keyId !== keyId) continue;
        if (key !== undefined) return { key, repeatedAt: i };
        key = keys[i];
      }
      return { key, repeatedAt: -1 };
    },
    () => ({ key: undefined, repeatedAt: -1 }),
  );

/**
 * Finds the token's key among the trusted keys (the argument `keysPath`) and checks the
 * Ed25519 signature. The algorithm is fixed: `verify(null, …)` with a key that
 * {@link makeVerifyingKey} checked is Ed25519; nothing in the token chooses it. Two trusted
 * keys with the token's id are `malformed` at the second (`keysPath[i].keyId`): which key
 * checks a token never depends on the order of the list. An array of more than
 * {@link MAX_JWKS_KEYS} keys (the most a trust store holds) is `malformed` at `keysPath`.
 *
 * @internal
 */
export const checkNodeSignature = (
  split: SplitJws,
  trustedKeys: ReadonlyArray<PassVerifyingKey>,
  keysPath: string,
): Result.Result<SplitJws, PassRefused> => {
  const { key, repeatedAt, tooLong } = findKey(trustedKeys, split.keyId);
  if (tooLong !== undefined)
    return Result.fail(
      new PassRefused({
        reason: "malformed",
        ...makeIssue(keysPath, `an array of at most ${MAX_JWKS_KEYS} trusted keys`, tooLong),
      }),
    );
  if (repeatedAt >= 0) {
    const path = `${keysPath}[${repeatedAt}].keyId`;
    return Result.fail(
      new PassRefused({
        reason: "malformed",
        ...makeIssue(path, "trusted keys with distinct ids", `a second key with the id ${JSON.stringify(split.keyId)}`),
        message: `${path}: two trusted keys have the id ${JSON.stringify(split.keyId)}: the token could be checked with either`,
      }),
    );
  }
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
