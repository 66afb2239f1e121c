/**
 * Runs the body of a public function so that it is total for a plain JavaScript caller:
 * whatever `body` throws on while reading a value its types do not describe (a revoked
 * proxy, a throwing getter), the caller gets `unreadable()` instead of an exception. The
 * cheap structural checks (`checkFramework`, `arrangementProblem`) run first inside it and
 * name the problem; this is the net under them. Decoded, typed input never reaches it.
 *
 * @internal
 */
export const attempt = <A>(body: () => A, unreadable: () => A): A => {
  try {
    return body();
  } catch {
    return unreadable();
  }
};
