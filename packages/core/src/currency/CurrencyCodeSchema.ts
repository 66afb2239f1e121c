import * as z from "zod";

/**
 * Schema of an ISO 4217 alphabetic currency code as it travels in JSON: three capital
 * letters, such as `"USD"`. {@link @unsms/core!index.getCurrency | getCurrency} resolves it with its exponent.
 *
 * @example
 * ```ts
 * import { decode, CurrencyCodeSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(CurrencyCodeSchema, "USD"))) // true
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 currency code, like "USD"' });
