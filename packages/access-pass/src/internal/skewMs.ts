import { describeValue, makeIssue } from "@unsms/core";
import * as Result from "effect/Result";
import { PassRefused } from "../token/PassRefused";
import { defaultClockSkewSeconds } from "../token/defaultClockSkewSeconds";
import { maxClockSkewSeconds } from "../token/maxClockSkewSeconds";

/**
 * The tolerance in ms: the default when `seconds` is undefined, the whole seconds (floored)
 * of a number from 0 to {@link maxClockSkewSeconds}; anything else is a `malformed` refusal
 * at `path`, so a misconfigured checkpoint refuses every pass instead of widening (or, for a
 * negative value, silently resetting) its window. @internal
 */
export const skewMs = (seconds: unknown, path: string): Result.Result<number, PassRefused> =>
  seconds === undefined
    ? Result.succeed(defaultClockSkewSeconds * 1000)
    : typeof seconds === "number" && seconds >= 0 && seconds <= maxClockSkewSeconds
      ? Result.succeed(Math.floor(seconds) * 1000)
      : Result.fail(
          new PassRefused({
            reason: "malformed",
            ...makeIssue(
              path,
              `a number of seconds from 0 to ${maxClockSkewSeconds}, or none for ${defaultClockSkewSeconds}`,
              describeValue(seconds),
            ),
          }),
        );
