/**
 * Runs `read` and returns its answer; if it throws — which only a value its types forbid
 * can make it do (a revoked proxy, a throwing getter) — returns `orElse(cause)` instead. The
 * one net under the structural checks of a function whose answer is a plain value (a count,
 * a yes/no); {@link catchUnreadable} is the same net for functions that return a `Result`.
 * A plain JS caller whose `orElse` is not a function, or throws too, gets `undefined`.
 *
 * @example
 * ```ts
 * import { readOrElse } from "@unsms/core"
 *
 * const { proxy, revoke } = Proxy.revocable({ count: 4 }, {})
 * const countOf = (value: { readonly count: number }) => readOrElse(() => value.count, () => 0)
 * console.log(countOf(proxy)) // 4
 * revoke()
 * console.log(countOf(proxy)) // 0
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const readOrElse = <A, B>(read: () => A, orElse: (cause: unknown) => B): A | B => {
  try {
    return read();
  } catch (cause) {
    try {
      return orElse(cause);
    } catch {
      return undefined as B; // only a caller outside the types reaches this
    }
  }
};
