import * as Result from "effect/Result";
import { DivisionByZero } from "../errors/DivisionByZero";
import type { NotAnInteger } from "../errors/NotAnInteger";
import { toBigInt } from "../internal/toBigInt";
import type { Rate } from "./Rate";

/**
 * The exact ratio of a part to a whole, both integers (bigint or safe integer numbers).
 * A whole of zero is a {@link DivisionByZero}; a fraction or NaN a {@link NotAnInteger}.
 *
 * @example
 * ```ts
 * import { makeRate, formatRate } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * // ¶41: 1 536 of 1 830 posts filled
 * console.log(formatRate(Result.getOrThrow(makeRate(1536, 1830)), 0)) // "84"
 * ```
 *
 * @category rates
 * @since 0.1.0
 */
export const makeRate = (part: bigint | number, whole: bigint | number): Result.Result<Rate, DivisionByZero | NotAnInteger> =>
  Result.flatMap(toBigInt(part, "$.part"), (numerator) =>
    Result.flatMap(toBigInt(whole, "$.whole"), (denominator) =>
      denominator === 0n
        ? Result.fail(
            new DivisionByZero({
              message: `cannot take a rate of ${numerator} out of a whole of 0`,
              path: "$.whole",
              expected: "a non-zero whole",
              received: "0",
            }),
          )
        : Result.succeed({ numerator, denominator }),
    ),
  );
