/**
 * Runs `read` and returns its value, or `orElse()` when reading throws — what a revoked
 * proxy, a throwing getter or a cyclic value does to code that trusts its types. The one
 * `try` of the package's guarded functions: each states what it answers instead.
 *
 * @internal
 */
export const attempt = <A, B>(read: () => A, orElse: () => B): A | B => {
  try {
    return read();
  } catch {
    return orElse();
  }
};
