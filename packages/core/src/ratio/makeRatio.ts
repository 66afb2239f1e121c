import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import type { NotAnInteger } from "../errors/NotAnInteger";
import { makeIssue } from "../errors/makeIssue";
import { normalizeRatio } from "../internal/normalizeRatio";
import { toBigInt } from "../internal/toBigInt";
import type { Ratio } from "./Ratio";

/**
 * The exact ratio `part / whole` of two integers (safe-integer numbers or bigints), in lowest
 * terms. A zero whole is an error value ({@link DivisionByZero}), never a silent zero; a
 * fractional or non-finite number is a {@link NotAnInteger}. Errors name the argument
 * (`part` or `whole`) as their path.
 *
 * @example
 * ```ts
 * import { formatRatio, makeRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶19: 174 of 250 international field security posts filled
 * const filled = Result.getOrThrow(makeRatio(174, 250))
 * console.log(formatRatio(filled, { places: 1, as: "percent" })) // "69.6"
 * const refused = makeRatio(3, 0)
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "whole"
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const makeRatio = (
  part: bigint | number,
  whole: bigint | number,
): Result.Result<Ratio, DivisionByZero | NotAnInteger> => Result.gen(() => ratioOf(part, whole));

/** The ratio `part / whole`, reduced: the steps of {@link makeRatio}. */
function* ratioOf(part: bigint | number, whole: bigint | number) {
  const numerator = yield* toBigInt(part, "part");
  const denominator = yield* toBigInt(whole, "whole");
  if (denominator === 0n) return yield* Result.fail(new DivisionByZero(makeIssue("whole", "a non-zero whole", "0")));
  return normalizeRatio(numerator, denominator);
}
