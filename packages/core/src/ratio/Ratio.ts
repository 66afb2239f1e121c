/**
 * An exact ratio of two integers, the one exact-fraction type of unsms: rates, percentages,
 * quotas, relief factors and planning ratios are all `Ratio`s. Always in lowest terms with a
 * positive denominator, so that equal ratios have equal fields. Make one with
 * {@link makeRatio}; compute with {@link addRatios}, {@link subtractRatios},
 * {@link multiplyRatios}, {@link divideRatios}, {@link compareRatios}; round with
 * {@link roundRatio} and print with {@link formatRatio}.
 *
 * @example
 * ```ts
 * import { makeRatio, type Ratio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const filled: Ratio = Result.getOrThrow(makeRatio(174, 250))
 * console.log(filled) // { numerator: 87n, denominator: 125n }
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export interface Ratio {
  /** The part, in lowest terms; carries the sign. */
  readonly numerator: bigint;
  /** The whole, in lowest terms; always positive. */
  readonly denominator: bigint;
}
