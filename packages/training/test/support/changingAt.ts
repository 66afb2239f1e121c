/**
 * `value` with its `key` made a getter that answers `first` on its first read and `later` on
 * every read after, as a plain JS caller's object can; `reads()` counts the reads. A function
 * that reads the field once answers as for `first`.
 */
export const changingAt = <T extends object>(
  value: T,
  key: PropertyKey,
  first: unknown,
  later: unknown,
): { readonly value: T; readonly reads: () => number } => {
  let reads = 0;
  Object.defineProperty(value, key, {
    enumerable: true,
    get: () => (++reads === 1 ? first : later),
  });
  return { value, reads: () => reads };
};
