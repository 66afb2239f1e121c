import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";

/**
 * Divides two integers exactly and rounds the quotient half-up — halves go away from zero,
 * as the report rounds (`5 / 2 → 3`, `-5 / 2 → -3`, `7 / 3 → 2`). Dividing by zero is a
 * {@link DivisionByZero}.
 *
 * @example
 * ```ts
 * import { divideRoundHalfUp } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(divideRoundHalfUp(174_000n, 250n))) // 696n
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const divideRoundHalfUp = (numerator: bigint, denominator: bigint): Result.Result<bigint, DivisionByZero> => {
  if (denominator === 0n) {
    return Result.fail(
      new DivisionByZero({
        message: `cannot divide ${numerator} by zero`,
        path: "$",
        expected: "a non-zero divisor",
        received: "0",
      }),
    );
  }
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return Result.succeed(negative ? -quotient : quotient);
};
