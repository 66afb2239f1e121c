/**
 * A proxy of `target` that counts the reads of each of its keys, so that a test can say how
 * many times a function read each field: `reads()` gives the counts, by key.
 */
export const countingReads = <T extends object>(
  target: T,
): { readonly proxy: T; readonly reads: () => Readonly<Record<string, number>> } => {
  const counts: Record<string, number> = {};
  const proxy = new Proxy(target, {
    get: (object, key, receiver) => {
      const name = String(key);
      counts[name] = (counts[name] ?? 0) + 1;
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
  return { proxy, reads: () => ({ ...counts }) };
};
