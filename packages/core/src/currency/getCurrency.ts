import * as Result from "effect/Result";
import { UnknownCurrency } from "../errors/UnknownCurrency";
import { describeValue } from "../errors/describeValue";
import { iso4217Exponents } from "../internal/iso4217";
import type { Currency } from "./Currency";

/**
 * Looks up an ISO 4217 currency by its code, with its exponent.
 *
 * @example
 * ```ts
 * import { getCurrency } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(getCurrency("KWD")).exponent) // 3
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const getCurrency = (code: string): Result.Result<Currency, UnknownCurrency> => {
  const exponent =
    typeof code === "string" && Object.hasOwn(iso4217Exponents, code) ? iso4217Exponents[code] : undefined;
  return exponent === undefined
    ? Result.fail(
        new UnknownCurrency({
          message: `unknown currency ${describeValue(code)}: expected an ISO 4217 code such as "USD"`,
          path: "$",
          expected: "an ISO 4217 currency code",
          received: describeValue(code),
        }),
      )
    : Result.succeed({ code, exponent });
};
