import { MAX_AMOUNT_DIGITS } from "../money/MAX_AMOUNT_DIGITS";
import { powerOfTen } from "./powerOfTen";

/**
 * Whether an amount of `minorUnits` in a currency of `exponent` decimals has at most
 * {@link MAX_AMOUNT_DIGITS} digits before its decimal point: its magnitude is below
 * 10^(MAX_AMOUNT_DIGITS + exponent). Two comparisons, without printing the number.
 *
 * @internal
 */
export const isWithinAmountLimit = (minorUnits: bigint, exponent: number): boolean => {
  const bound = powerOfTen(MAX_AMOUNT_DIGITS + exponent);
  return minorUnits < bound && -minorUnits < bound;
};
