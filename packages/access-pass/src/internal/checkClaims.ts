import { describeValue } from "@unsms/core";
import * as Result from "effect/Result";
import type { RevocationList } from "../revocation/RevocationList";
import { PassRefused } from "../token/PassRefused";
import { toIsoSecond } from "./time";
import type { ReadClaims } from "./jws";
import type { PassClaims } from "../token/PassClaims";

/** What a checkpoint checks a signed pass against, once its signature holds. @internal */
export interface ClaimContext {
  readonly revocations: RevocationList;
  readonly zone: string | undefined;
  readonly dutyStation: string | undefined;
  readonly skewMs: number;
  readonly atMs: number;
}

/**
 * Revocation, then the half-open window `[validFrom − skew, validUntil + skew)`, then the
 * duty station (station-bound passes only), then the zone.
 *
 * @internal
 */
export const checkClaims = (
  { claims, fromMs: from, untilMs: until }: ReadClaims,
  context: ClaimContext,
): Result.Result<PassClaims, PassRefused> => {
  const at = context.atMs;
  if (!Number.isFinite(at)) {
    return Result.fail(
      new PassRefused({
        reason: "malformed",
        message: "the checkpoint's time is not a valid instant",
        path: "at",
        expected: "a valid instant",
        received: "Invalid Date",
      }),
    );
  }
  if (typeof context.revocations?.revoked?.has !== "function") {
    return Result.fail(
      new PassRefused({
        reason: "malformed",
        message: "the checkpoint has no revocation list",
        path: "checkpoint.revocations",
        expected: "a RevocationList (openRevocationList or noRevocationList)",
        received: describeValue(context.revocations),
      }),
    );
  }
  if (context.revocations.revoked.has(claims.id)) {
    return Result.fail(
      new PassRefused({
        reason: "revoked",
        message: `pass ${JSON.stringify(claims.id)} is on the revocation list of ${context.revocations.issuedAt}`,
        path: "token.id",
        expected: "a pass not on the revocation list",
        received: claims.id,
      }),
    );
  }
  if (at < from - context.skewMs) {
    return Result.fail(
      new PassRefused({
        reason: "not-yet-valid",
        message: `pass ${JSON.stringify(claims.id)} is valid from ${claims.validFrom}`,
        path: "at",
        expected: `at or after ${claims.validFrom} (less ${context.skewMs / 1000} s tolerance)`,
        received: toIsoSecond(at),
      }),
    );
  }
  if (at >= until + context.skewMs) {
    return Result.fail(
      new PassRefused({
        reason: "expired",
        message: `pass ${JSON.stringify(claims.id)} expired at ${claims.validUntil}`,
        path: "at",
        expected: `before ${claims.validUntil} (plus ${context.skewMs / 1000} s tolerance)`,
        received: toIsoSecond(at),
      }),
    );
  }
  if (claims.stationBound && context.dutyStation !== undefined && context.dutyStation !== claims.dutyStation) {
    return Result.fail(
      new PassRefused({
        reason: "wrong-duty-station",
        message: `pass ${JSON.stringify(claims.id)} is valid only at ${claims.dutyStation}`,
        path: "checkpoint.dutyStation",
        expected: claims.dutyStation,
        received: context.dutyStation,
      }),
    );
  }
  if (context.zone !== undefined && !claims.zones.includes(context.zone)) {
    return Result.fail(
      new PassRefused({
        reason: "wrong-zone",
        message: `pass ${JSON.stringify(claims.id)} does not open zone ${JSON.stringify(context.zone)}`,
        path: "checkpoint.zone",
        expected: `one of ${claims.zones.join(", ")}`,
        received: context.zone,
      }),
    );
  }
  return Result.succeed(claims);
};
