import { MAX_AMOUNT_DIGITS } from "../money/MAX_AMOUNT_DIGITS";

/**
 * Says in words the limit on an amount's digits, for the `expected` of an issue:
 * `"at most 30 digits before the decimal point"`.
 *
 * @internal
 */
export const describeAmountLimit = (): string => `at most ${MAX_AMOUNT_DIGITS} digits before the decimal point`;
