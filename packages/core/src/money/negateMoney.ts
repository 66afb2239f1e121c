import type { Money } from "./Money";

/**
 * The same amount with the opposite sign (a charge becomes a refund).
 *
 * @example
 * ```ts
 * import { negateMoney, formatMoney, makeMoney, USD } from "@unsms/core"
 *
 * console.log(formatMoney(negateMoney(makeMoney(680_000n, USD)))) // "-6800.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const negateMoney = (amount: Money): Money => ({ minorUnits: -amount.minorUnits, currency: amount.currency });
