import { MAX_AMOUNT_DIGITS } from "../money/MAX_AMOUNT_DIGITS";
import { powerOfTen } from "./powerOfTen";

/**
 * Whether an amount of `minorUnits` in a currency of `exponent` decimals has at most
 * {@link MAX_AMOUNT_DIGITS} digits before its decimal point: its magnitude is below
 * 10^(MAX_AMOUNT_DIGITS + exponent). Without printing the number, and for almost every
 * amount without computing the power either: one that fits in 64 bits (below 2^63, about
 * 9.2 × 10^18) is within the limit whatever the exponent (computing 10^(30 + exponent) took
 * about 250 ns, more than the rest of an `addMoney`; `BigInt.asIntN(64, …)` about 6).
 *
 * @internal
 */
export const isWithinAmountLimit = (minorUnits: bigint, exponent: number): boolean => {
  if (BigInt.asIntN(64, minorUnits) === minorUnits) return true;
  const bound = powerOfTen(MAX_AMOUNT_DIGITS + exponent);
  return minorUnits < bound && -minorUnits < bound;
};
