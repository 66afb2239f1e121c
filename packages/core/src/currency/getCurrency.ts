import * as Result from "effect/Result";
import { UnknownCurrency } from "../errors/UnknownCurrency";
import { describeValue } from "../errors/describeValue";
import { iso4217Exponents } from "../internal/iso4217";
import type { Currency } from "./Currency";

/**
 * Looks up an ISO 4217 currency by its code, with its exponent. An unknown code is an
 * {@link UnknownCurrency} at `path`: by default `code`, the argument's name; a reader of a
 * document passes where the code is (`"$.currency"`).
 *
 * @example
 * ```ts
 * import { getCurrency } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.getOrThrow(getCurrency("KWD")).exponent) // 3
 * const refused = getCurrency("XYZ", "$.currency")
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "$.currency"
 * ```
 *
 * @category money
 * @since 0.1.0
 */
export const getCurrency = (code: string, path = "code"): Result.Result<Currency, UnknownCurrency> => {
  const exponent =
    typeof code === "string" && Object.hasOwn(iso4217Exponents, code) ? iso4217Exponents[code] : undefined;
  return exponent === undefined
    ? Result.fail(
        new UnknownCurrency({
          message: `unknown currency ${describeValue(code)}: expected an ISO 4217 code such as "USD"`,
          path: typeof path === "string" ? path : "code",
          expected: "an ISO 4217 currency code",
          received: describeValue(code),
        }),
      )
    : Result.succeed({ code, exponent });
};
