import { fc } from "@fast-check/vitest";
import { MAX_AMOUNT_DIGITS } from "../../src/index";

/**
 * Whole numbers of minor units whose magnitude is below 10^(MAX_AMOUNT_DIGITS + exponent) / divisor:
 * amounts within the limit on an amount's digits, and (with a divisor) whose sums of `divisor`
 * terms stay within it.
 */
export const minorUnitsWithin = (exponent: number, divisor = 1n): fc.Arbitrary<bigint> => {
  const bound = 10n ** BigInt(MAX_AMOUNT_DIGITS + exponent) / divisor;
  return fc.bigInt({ min: 1n - bound, max: bound - 1n });
};
