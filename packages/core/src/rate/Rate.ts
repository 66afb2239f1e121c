/**
 * An exact ratio of two integers, kept as a fraction so that no rounding happens until it
 * is printed ({@link formatRate}).
 *
 * @example
 * ```ts
 * import type { Rate } from "@unsms/core"
 *
 * // ¶19: 174 of 250 international posts filled
 * const filled: Rate = { numerator: 174n, denominator: 250n }
 * console.log(filled.denominator)
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export interface Rate {
  /** The part. */
  readonly numerator: bigint;
  /** The whole; never zero. */
  readonly denominator: bigint;
}
