import * as Result from "effect/Result";
import { NotAnInteger } from "../errors/NotAnInteger";
import { describeValue } from "../errors/describeValue";
import { makeIssue } from "../errors/makeIssue";

/**
 * Reads a count given as a bigint or a safe integer number; anything else is a
 * {@link NotAnInteger} at `path` (the argument's name).
 *
 * @internal
 */
export const toBigInt = (value: bigint | number, path: string): Result.Result<bigint, NotAnInteger> =>
  typeof value === "bigint"
    ? Result.succeed(value)
    : Number.isSafeInteger(value)
      ? Result.succeed(BigInt(value))
      : Result.fail(
          new NotAnInteger(makeIssue(path, "an integer (a safe integer number or a bigint)", describeValue(value))),
        );
