import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import { makeIssue } from "../errors/makeIssue";
import { normalizeRatio } from "../internal/normalizeRatio";
import type { Ratio } from "./Ratio";

/**
 * The exact quotient `a ÷ b` of two ratios; dividing by a zero ratio is a
 * {@link DivisionByZero} value.
 *
 * @example
 * ```ts
 * import { divideRatios, makeRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const hours = Result.getOrThrow(makeRatio(24, 1))
 * const shift = Result.getOrThrow(makeRatio(8, 1))
 * console.log(Result.getOrThrow(divideRatios(hours, shift))) // { numerator: 3n, denominator: 1n }
 * console.log(Result.isFailure(divideRatios(hours, Result.getOrThrow(makeRatio(0, 1))))) // true
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const divideRatios = (a: Ratio, b: Ratio): Result.Result<Ratio, DivisionByZero> =>
  b.numerator === 0n
    ? Result.fail(new DivisionByZero(makeIssue("$.divisor", "a non-zero ratio", "0")))
    : Result.succeed(normalizeRatio(a.numerator * b.denominator, a.denominator * b.numerator));
