import { describeValue, InvalidAmount, makeIssue } from "@unsms/core";

/**
 * The most digits a total in minor units has for `apportionWeights` and an apportioner's
 * `apportion`: 48, core's `MAX_AMOUNT_DIGITS` (30) before the decimal point and up to 18
 * decimals (the largest exponent core reads), so any `Money` core takes fits (our choice).
 * A longer total would make the bigint path's work grow with its digits, not the weights.
 *
 * @internal
 */
export const MAX_TOTAL_DIGITS = 48;

/** 10^MAX_TOTAL_DIGITS, written out: compared with no power computed on each call (a test ties the two). @internal */
export const TOTAL_BOUND = 1_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000n;

/**
 * An error when `total` is not a bigint (a caller without types may pass a number or a
 * string; described by core's `describeValue`, so a long string is cut) or, when
 * `limited`, has more than {@link MAX_TOTAL_DIGITS} digits; undefined when it is fine.
 * `apportionInto` passes `limited` false: it takes at most 2^53 − 1 and says so itself.
 *
 * @internal
 */
export const checkTotal = (total: unknown, limited = true): InvalidAmount | undefined => {
  if (typeof total === "bigint") {
    if (!limited || (total < TOTAL_BOUND && total > -TOTAL_BOUND)) return undefined;
    return new InvalidAmount(
      makeIssue(
        "$.total",
        `a bigint number of minor units of at most ${MAX_TOTAL_DIGITS} digits`,
        `a bigint of ${MAX_TOTAL_DIGITS + 1} digits or more`,
      ),
    );
  }
  // described as core describes a value: a long string is cut, never echoed whole
  return new InvalidAmount(
    makeIssue("$.total", "a bigint number of minor units, e.g. 40000000000n", describeValue(total)),
  );
};
