import { formatRate, percentage } from "@unsms/core";
import * as Result from "effect/Result";

const LIMIT = 9_007_199_254_740_992; // 2^53, written out: a bundler keeps an unused `2 ** 53` (it cannot tell it has no effect)

/**
 * `part` as a percentage of `whole` with two decimals, rounded half-up (core's
 * `percentage(part, whole, 2)`), `"0.00"` for a zero whole. With number arithmetic when
 * `0 ≤ part`, `0 < whole` and `part × 10 000 + whole ≤ 2^53` (every product and the floor
 * exact), core's `percentage` otherwise: the same text either way.
 *
 * @internal
 */
export const sharePercentage = (part: bigint, whole: bigint): string => {
  const p = Number(part);
  const w = Number(whole);
  if (p >= 0 && w > 0 && p * 10_000 + w <= LIMIT / 2) {
    const a = p * 10_000;
    let q = Math.floor(a / w);
    if (2 * (a - q * w) >= w) q++;
    const units = Math.floor(q / 100);
    const hundredths = q - units * 100;
    return `${units}.${hundredths < 10 ? "0" : ""}${hundredths}`;
  }
  return Result.getOrElse(percentage(part, whole, 2), () => formatRate({ numerator: 0n, denominator: 1n }, 2));
};
