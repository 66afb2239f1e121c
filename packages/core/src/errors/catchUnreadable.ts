import * as Result from "effect/Result";
import { readOrElse } from "./readOrElse";

/**
 * Makes a function that returns a `Result` total for plain JS callers: whatever its body
 * throws — which only a value its types forbid can make it do (a revoked proxy, a throwing
 * getter, an object whose `toString` throws) — becomes the error value `onThrow` builds, so
 * nothing is thrown across the public API (issue 16). The structural checks of a function
 * come first, and give precise errors; this is the net under them, for values no cheap
 * check can read without touching. Typed callers never see it. A function exported as
 * `catchUnreadable(…)` is a call at module scope: mark it with a `#__PURE__` annotation
 * comment, as the packages do, so that a bundler can drop it when it is not used.
 * {@link readOrElse} is the same net for functions that return a plain value.
 *
 * @example
 * ```ts
 * import { catchUnreadable, InvalidAmount, makeIssue } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const headcountOf = catchUnreadable(
 *   (entry: { readonly headcount: number }): Result.Result<number, InvalidAmount> => Result.succeed(entry.headcount),
 *   () => new InvalidAmount(makeIssue("entry", "a readable object", "an unreadable value")),
 * )
 * const { proxy, revoke } = Proxy.revocable({ headcount: 4 }, {})
 * console.log(Result.getOrThrow(headcountOf(proxy))) // 4
 * revoke()
 * const refused = headcountOf(proxy)
 * if (Result.isFailure(refused)) console.log(refused.failure.path) // "entry"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const catchUnreadable =
  <Args extends ReadonlyArray<unknown>, A, E, E2>(
    body: (...args: Args) => Result.Result<A, E>,
    onThrow: (cause: unknown) => E2,
  ): ((...args: Args) => Result.Result<A, E | E2>) =>
  (...args) =>
    readOrElse(
      () => body(...args),
      (cause): Result.Result<A, E | E2> => Result.fail(onThrow(cause)),
    );
