import * as Result from "effect/Result";
import type { AccessPass } from "@unsms/sdk";
import { InputError, UsageError } from "./CliError";

/** The revocation list a checkpoint checked a pass against: when it was issued and the key that signed it. @internal */
export interface ListChecked {
  readonly issuedAt: string;
  readonly keyId: string;
}

/**
 * `--max-list-age`: a whole number of seconds, or none (no limit); it needs `--revoked`, since
 * without a list revocation is not checked at all. @internal
 */
export const maxListAgeOption = (
  text: string | undefined,
  revoked: string | undefined,
): Result.Result<number | undefined, UsageError> => {
  if (text === undefined) return Result.succeed(undefined);
  if (!/^\d{1,10}$/.test(text))
    return Result.fail(
      new UsageError({ message: `--max-list-age must be a whole number of seconds (got ${JSON.stringify(text)})` }),
    );
  if (revoked === undefined)
    return Result.fail(
      new UsageError({
        message: "--max-list-age needs --revoked: without a revocation list revocation is not checked at all",
      }),
    );
  return Result.succeed(Number(text));
};

const listError = (message: string, expected: string, received: string): InputError =>
  new InputError({ message, path: "--revoked", expected, received });

/**
 * Checks the time of an opened revocation list against the time of the check: a list issued
 * after `at` plus the clock-skew tolerance is refused (the checkpoint's clock, or the list,
 * is wrong), and so is one issued more than `maxAgeSeconds` before `at` (a stale list misses
 * the passes revoked since). Returns when the list was issued and the key that signed it.
 *
 * @internal
 */
export const revocationListAt = (
  list: AccessPass.RevocationList,
  at: Date,
  skewSeconds: number,
  maxAgeSeconds: number | undefined,
): Result.Result<ListChecked, InputError> => {
  const { issuedAt, keyId } = list;
  const issuedMs = Date.parse(issuedAt);
  const atMs = at.getTime();
  // NaN (never from an opened list) is refused too
  if (!(issuedMs <= atMs + skewSeconds * 1000))
    return Result.fail(
      listError(
        `the revocation list was issued at ${issuedAt}, after the time of the check (${at.toISOString()}) by more than the ${skewSeconds} s clock-skew tolerance: the checkpoint's clock or the list is wrong`,
        `a list issued at or before ${new Date(atMs + skewSeconds * 1000).toISOString()}`,
        issuedAt,
      ),
    );
  if (maxAgeSeconds !== undefined && atMs - issuedMs > maxAgeSeconds * 1000)
    return Result.fail(
      listError(
        `the revocation list issued at ${issuedAt} is older than --max-list-age ${maxAgeSeconds} s at ${at.toISOString()}: get the pass office's current list`,
        `a list issued at or after ${new Date(atMs - maxAgeSeconds * 1000).toISOString()}`,
        issuedAt,
      ),
    );
  return Result.succeed({ issuedAt, keyId });
};
