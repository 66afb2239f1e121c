import * as Result from "effect/Result";
import { readOrElse } from "./readOrElse";

/**
 * Makes a function that returns a `Result` total for plain JS callers: whatever its body
 * throws — which only a value its types forbid can make it do (a revoked proxy, a throwing
 * getter, an object whose `toString` throws) — becomes the error value `onThrow` builds, so
 * nothing is thrown across the public API (issue 16). The structural checks of a function
 * come first, and give precise errors; this is the net under them, for values no cheap
 * check can read without touching. Typed callers never see it. The function it gives back
 * has exactly the body's type — its parameters, their names, which are optional, its
 * overloads — so that an editor and the API reference show the body's signature; `onThrow`
 * must build an error the body can already return, so the error union stays the body's.
 * A function exported as
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
export const catchUnreadable = <F extends (...args: never) => Result.Result<unknown, unknown>>(
  body: F,
  onThrow: (cause: unknown) => Result.Result.Failure<ReturnType<F>>,
): F => {
  // F's parameters are only known to the caller; the net passes them on untouched
  const call = body as unknown as (...args: ReadonlyArray<unknown>) => ReturnType<F>;
  const guarded = (...args: ReadonlyArray<unknown>): ReturnType<F> =>
    readOrElse(
      () => call(...args),
      (cause) => Result.fail(onThrow(cause)) as ReturnType<F>,
    );
  return guarded as unknown as F;
};
