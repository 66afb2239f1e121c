import type { Ratio } from "../ratio/Ratio";

/**
 * What ratio arithmetic gives for an operand that is not a {@link Ratio} (a plain JS
 * caller's mistake): 0/0, the ratio counterpart of `NaN`. Its zero whole makes every later
 * operation give it again, and `formatRatio` print `"NaN"`.
 *
 * @internal
 */
export const notARatio: Ratio = { numerator: 0n, denominator: 0n };
