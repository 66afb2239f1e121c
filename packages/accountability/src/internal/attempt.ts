import * as Result from "effect/Result";

/**
 * Runs the body of a public function so that it is total for a plain JavaScript caller:
 * whatever `body` throws on while reading a value its types do not describe (a revoked
 * proxy, a throwing getter), the caller gets `unreadable()` instead of an exception
 * (effect's `Result.try`). The cheap structural checks run first inside it and name the
 * problem; this is the net under them. Decoded, typed input never reaches it.
 *
 * @internal
 */
export const attempt = <A>(body: () => A, unreadable: () => A): A => Result.getOrElse(Result.try(body), unreadable);
