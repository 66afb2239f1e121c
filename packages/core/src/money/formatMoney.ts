import * as Result from "effect/Result";
import { formatScaled } from "../internal/formatScaled";
import { readMoney } from "../internal/readMoney";
import type { Money } from "./Money";

/**
 * Writes an amount as its exact decimal string in major units, with exactly as many
 * decimals as its currency has: `"33400.00"`, `"-0.01"`, `"1000"` (JPY), `"1.500"` (KWD).
 * This is the JSON form of {@link Money}; {@link parseMoney} reads it back unchanged.
 * A plain JS caller's value that is not a Money, or one beyond `MAX_AMOUNT_DIGITS` (30 digits before
 * the decimal point), prints `"NaN"`, as `formatRatio` does; nothing is thrown.
 *
 * @example
 * ```ts
 * import { formatMoney, makeMoney, USD } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(-1n, USD))) // "-0.01"
 * console.log(formatMoney(makeMoney(40_000_000_000n, USD))) // "400000000.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const formatMoney = (amount: Money): string => {
  const read = readMoney(amount, "amount");
  return Result.isSuccess(read) ? formatScaled(read.success.minorUnits, read.success.exponent) : "NaN";
};
