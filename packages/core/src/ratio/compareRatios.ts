import { readRatio } from "../internal/readRatio";
import type { Ratio } from "./Ratio";

/**
 * Orders two ratios exactly: `-1` when `a < b`, `0` when equal, `1` when `a > b` — usable
 * as an `Array.prototype.sort` comparator.
 * A plain JS caller's value that is not a Ratio compares as `0` (like `NaN`, it is neither less nor greater); nothing is thrown.
 *
 * @example
 * ```ts
 * import { compareRatios, makeRatio } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶13 and ¶15: 3 of 6 posts filled against 6 of 8
 * const policy = Result.getOrThrow(makeRatio(3, 6))
 * const compliance = Result.getOrThrow(makeRatio(6, 8))
 * console.log(compareRatios(policy, compliance)) // -1
 * ```
 *
 * @category ratios
 * @since 0.2.0
 */
export const compareRatios = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const x = readRatio(a);
  const y = readRatio(b);
  if (x === undefined || y === undefined) return 0;
  const left = x.numerator * y.denominator;
  const right = y.numerator * x.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
};
