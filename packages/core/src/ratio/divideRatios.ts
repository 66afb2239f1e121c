import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import { makeIssue } from "../errors/makeIssue";
import { NotAnInteger } from "../errors/NotAnInteger";
import { describeValue } from "../errors/describeValue";
import { normalizeRatio } from "../internal/normalizeRatio";
import { readRatio } from "../internal/readRatio";
import type { Ratio } from "./Ratio";

const EXPECTED = "a Ratio (a bigint numerator over a positive bigint denominator)";

/**
 * The exact quotient `a ÷ b` of two ratios; dividing by a zero ratio is a
 * {@link DivisionByZero} value naming `b`.
 * A plain JS caller's value that is not a Ratio is a {@link NotAnInteger} naming `a` or `b`; nothing is thrown.
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
export const divideRatios = (a: Ratio, b: Ratio): Result.Result<Ratio, DivisionByZero | NotAnInteger> => {
  const x = readRatio(a);
  if (x === undefined) return Result.fail(new NotAnInteger(makeIssue("a", EXPECTED, describeValue(a))));
  const y = readRatio(b);
  if (y === undefined) return Result.fail(new NotAnInteger(makeIssue("b", EXPECTED, describeValue(b))));
  return y.numerator === 0n
    ? Result.fail(new DivisionByZero(makeIssue("b", "a non-zero ratio", "0")))
    : Result.succeed(normalizeRatio(x.numerator * y.denominator, x.denominator * y.numerator));
};
