import type * as Result from "effect/Result";
import type { DivisionByZero } from "../errors/DivisionByZero";
import type { NotAnInteger } from "../errors/NotAnInteger";
import { makeRatio } from "../ratio/makeRatio";
import type { Rate } from "./Rate";

/**
 * The exact ratio of a part to a whole, both integers (bigint or safe integer numbers).
 * A whole of zero is a {@link DivisionByZero}; a fraction or NaN a {@link NotAnInteger}.
 *
 * @example
 * ```ts
 * import { makeRate, formatRate } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶41: 1 536 of 1 830 posts filled
 * console.log(formatRate(Result.getOrThrow(makeRate(1536, 1830)), 0)) // "84"
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const makeRate = (
  part: bigint | number,
  whole: bigint | number,
): Result.Result<Rate, DivisionByZero | NotAnInteger> => makeRatio(part, whole);
