import type { Ratio } from "../ratio/Ratio";

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/**
 * `numerator / denominator` in lowest terms with a positive denominator. The denominator
 * must not be zero (the callers check).
 *
 * @internal
 */
export const normalizeRatio = (numerator: bigint, denominator: bigint): Ratio => {
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
};
