import type { Ratio } from "../ratio/Ratio";

/**
 * A share of a whole — the same type as {@link Ratio}, the one exact fraction of unsms,
 * under the name the percentage functions use ({@link makeRate}, {@link formatRate},
 * {@link percentage}). No rounding happens until it is printed.
 *
 * @example
 * ```ts
 * import { formatRate, makeRate, type Rate } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶19: 174 of 250 international posts filled
 * const filled: Rate = Result.getOrThrow(makeRate(174, 250))
 * console.log(formatRate(filled, 1)) // "69.6"
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export type Rate = Ratio;
