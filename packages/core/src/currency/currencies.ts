import type { Currency } from "./Currency";

/**
 * United States dollar, the currency of the report's figures (exponent 2).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, USD } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(3_340_000n, USD))) // "33400.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const USD: Currency = { code: "USD", exponent: 2 };

/**
 * Euro (exponent 2).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, EUR } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(-1n, EUR))) // "-0.01"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const EUR: Currency = { code: "EUR", exponent: 2 };

/**
 * Swiss franc, the currency of the Geneva-based organizations (exponent 2).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, CHF } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(2_500_000n, CHF))) // "25000.00"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const CHF: Currency = { code: "CHF", exponent: 2 };

/**
 * Japanese yen, a currency without minor unit (exponent 0).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, JPY } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(1000n, JPY))) // "1000"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const JPY: Currency = { code: "JPY", exponent: 0 };

/**
 * Kuwaiti dinar, a currency with three decimals (exponent 3).
 *
 * @example
 * ```ts
 * import { makeMoney, formatMoney, KWD } from "@unsms/core"
 *
 * console.log(formatMoney(makeMoney(1500n, KWD))) // "1.500"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const KWD: Currency = { code: "KWD", exponent: 3 };
