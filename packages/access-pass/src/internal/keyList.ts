import { isListUpTo, makeIssue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { PassKeyError } from "../keys/PassKeyError";
import { MAX_JWKS_KEYS } from "./readJwks";

/**
 * A copy of a list of keys given as the argument `name`: a real array (no array-like with
 * a huge `length`) of at most {@link MAX_JWKS_KEYS} items, else a {@link PassKeyError}.
 * What cannot be read (a revoked proxy) is refused too. Never throws.
 *
 * @internal
 */
export const keyList = (keys: unknown, name: string): Result.Result<ReadonlyArray<unknown>, PassKeyError> => {
  const list: ReadonlyArray<unknown> | undefined = readOrElse(
    () => (isListUpTo(keys, MAX_JWKS_KEYS) ? Array.from(keys) : undefined),
    () => undefined,
  );
  return list === undefined
    ? Result.fail(
        new PassKeyError(makeIssue(name, `an array of at most ${MAX_JWKS_KEYS} pass office keys`, "another value")),
      )
    : Result.succeed(list);
};

/**
 * Succeeds when no key id of the list repeats an earlier one; else a {@link PassKeyError}
 * at the path of the second key holding it (`pathOf(i)`). Two trusted keys with one id would
 * make the answer depend on which of them a verifier looks at first, so every list of
 * trusted keys — a JWK Set, a trust store, a checkpoint's keys — is refused whole instead.
 * Linear in the number of keys.
 *
 * @internal
 */
export const uniqueKeyIds = (
  ids: ReadonlyArray<string>,
  pathOf: (index: number) => string,
): Result.Result<void, PassKeyError> => {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (seen.has(id))
      return Result.fail(
        new PassKeyError({
          ...makeIssue(pathOf(i), "a key id no other key of the list has", JSON.stringify(id)),
          message: `${pathOf(i)}: two keys have the id ${JSON.stringify(id)}: a token naming it could be checked with either`,
        }),
      );
    seen.add(id);
  }
  return Result.succeed(undefined);
};
