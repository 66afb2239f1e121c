import * as Result from "effect/Result";
import type { DivisionByZero } from "../errors/DivisionByZero";
import type { NotAnInteger } from "../errors/NotAnInteger";
import { formatRate } from "./formatRate";
import { makeRate } from "./makeRate";

/**
 * The percentage of two integers as the report prints it, rounded half-up to `decimals`
 * decimals (default 0) without floating point: `percentage(174, 250, 1)` is `"69.6"`.
 * A whole of zero is a {@link DivisionByZero}.
 *
 * @example
 * ```ts
 * import { percentage } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(percentage(174, 250, 1))) // "69.6" (¶19)
 * console.log(Result.getOrThrow(percentage(1536, 1830))) // "84" (¶41)
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const percentage = (
  part: bigint | number,
  whole: bigint | number,
  decimals = 0,
): Result.Result<string, DivisionByZero | NotAnInteger> =>
  Result.map(makeRate(part, whole), (value) => formatRate(value, decimals));
