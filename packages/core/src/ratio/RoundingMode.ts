/**
 * A rounding rule as a value: given an integer `numerator` and a positive integer
 * `denominator`, the integer the quotient rounds to. Pass one to {@link roundRatio} or
 * {@link formatRatio}; {@link halfUp} (half away from zero) is how the report rounds and the
 * default everywhere. An agency with another rule writes its own function of this type.
 *
 * @example
 * ```ts
 * import { roundRatio, makeRatio, type RoundingMode } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // truncation toward zero, written as a RoundingMode
 * const truncate: RoundingMode = (numerator, denominator) => numerator / denominator
 * console.log(roundRatio(Result.getOrThrow(makeRatio(29, 10)), 0, truncate)) // 2n
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export type RoundingMode = (numerator: bigint, denominator: bigint) => bigint;
