import type { Currency } from "../currency/Currency";
import type { Money } from "./Money";

/**
 * Makes a {@link Money} from a whole number of minor units and its currency. It checks
 * nothing and cannot fail: an amount beyond `MAX_AMOUNT_DIGITS` (30 digits before the
 * decimal point) is refused, as an `InvalidAmount` naming its `minorUnits`, by every money
 * function it is given to (`formatMoney` prints `"NaN"`).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, USD } from "@unsms/core"
 *
 * const reclassification = makeMoney(3_340_000n, USD)
 * console.log(formatMoney(reclassification)) // "33400.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const makeMoney = (minorUnits: bigint, currency: Currency): Money => ({ minorUnits, currency });
