import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import { makeIssue } from "../errors/makeIssue";
import type { NotAnInteger } from "../errors/NotAnInteger";
import { toBigInt } from "../internal/toBigInt";
import { halfUp } from "../ratio/halfUp";

/**
 * Divides two integers exactly and rounds the quotient half-up — halves go away from zero,
 * as the report rounds (`5 / 2 → 3`, `-5 / 2 → -3`, `7 / 3 → 2`). Dividing by zero is a
 * {@link DivisionByZero}.
 * A plain JS caller's value that is not an integer (a `bigint`, or a safe integer `number`) is a {@link NotAnInteger}; nothing is thrown.
 * Every error names the argument (`numerator` or `denominator`) as its path.
 *
 * @example
 * ```ts
 * import { divideRoundHalfUp } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(divideRoundHalfUp(174_000n, 250n))) // 696n
 * const refused = divideRoundHalfUp(1n, 0n)
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "denominator"
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const divideRoundHalfUp = (
  numerator: bigint,
  denominator: bigint,
): Result.Result<bigint, DivisionByZero | NotAnInteger> => Result.gen(() => roundedQuotient(numerator, denominator));

/** The quotient `numerator / denominator`, rounded half up: the steps of {@link divideRoundHalfUp}. */
function* roundedQuotient(numerator: bigint, denominator: bigint) {
  const part = yield* toBigInt(numerator, "numerator");
  const whole = yield* toBigInt(denominator, "denominator");
  if (whole === 0n)
    return yield* Result.fail(new DivisionByZero(makeIssue("denominator", "a non-zero denominator", "0")));
  return halfUp(part, whole);
}
