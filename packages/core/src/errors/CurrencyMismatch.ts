import { Data } from "effect";

/**
 * Two amounts in different currencies were combined. unsms never converts currencies
 * implicitly.
 *
 * @example
 * ```ts
 * import { addMoney, makeMoney, USD, EUR } from "@unsms/core"
 * import { Result } from "effect"
 *
 * const result = addMoney(makeMoney(100n, USD), makeMoney(100n, EUR))
 * if (Result.isFailure(result)) console.log(result.failure.message)
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class CurrencyMismatch extends Data.TaggedError("CurrencyMismatch")<{
  readonly message: string;
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}> {}
