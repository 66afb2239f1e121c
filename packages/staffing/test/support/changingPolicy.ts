/**
 * A policy whose fields are getters that answer `first`'s value on their first read and
 * `later`'s on every read after, as a plain JS caller's object can; `reads()` counts the reads
 * of each field. A function that reads a field once answers as for `first`.
 */
export const changingPolicy = <T extends object>(
  first: T,
  later: Partial<Record<keyof T, unknown>>,
): { readonly policy: T; readonly reads: () => Partial<Record<keyof T, number>> } => {
  const counts: Partial<Record<keyof T, number>> = {};
  const policy = {} as T;
  for (const key of Object.keys(first) as Array<keyof T>) {
    Object.defineProperty(policy, key, {
      enumerable: true,
      get: () => {
        const count = (counts[key] = (counts[key] ?? 0) + 1);
        return count === 1 || !(key in later) ? first[key] : later[key];
      },
    });
  }
  return { policy, reads: () => ({ ...counts }) };
};
