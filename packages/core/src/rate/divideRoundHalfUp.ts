import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import { makeIssue } from "../errors/makeIssue";
import { halfUp } from "../ratio/halfUp";

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
export const divideRoundHalfUp = (numerator: bigint, denominator: bigint): Result.Result<bigint, DivisionByZero> =>
  denominator === 0n
    ? Result.fail(new DivisionByZero(makeIssue("$", "a non-zero divisor", "0")))
    : Result.succeed(denominator < 0n ? halfUp(-numerator, -denominator) : halfUp(numerator, denominator));
