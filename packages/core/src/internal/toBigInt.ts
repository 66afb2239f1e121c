import * as Result from "effect/Result";
import { NotAnInteger } from "../errors/NotAnInteger";
import { describeValue } from "../errors/describeValue";

/**
 * Reads a count given as a bigint or a safe integer number.
 *
 * @internal
 */
export const toBigInt = (value: bigint | number, path: string): Result.Result<bigint, NotAnInteger> =>
  typeof value === "bigint"
    ? Result.succeed(value)
    : Number.isSafeInteger(value)
      ? Result.succeed(BigInt(value))
      : Result.fail(
          new NotAnInteger({
            message: `${path}: expected a whole number, received ${describeValue(value)}`,
            path,
            expected: "an integer (a safe integer number or a bigint)",
            received: describeValue(value),
          }),
        );
