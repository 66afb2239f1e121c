/**
 * Makes (once, to keep) a function giving a typed array's own kind — `"Float64Array"`,
 * `"Uint32Array"`, … — or undefined for anything else. It reads the internal kind through
 * the `Symbol.toStringTag` getter every typed array shares, so a proxy, a plain object or
 * another typed array dressed with Float64Array's prototype is seen for what it is, and no
 * code of the caller's runs.
 *
 * @internal
 */
export const typedArrayKindOf = (): ((value: unknown) => string | undefined) => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the getter is called with `.call(value)` below
  const kind = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Float64Array.prototype) as object,
    Symbol.toStringTag,
  )?.get as ((this: unknown) => unknown) | undefined;
  return (value: unknown): string | undefined =>
    kind !== undefined && typeof value === "object" && value !== null && ArrayBuffer.isView(value)
      ? (kind.call(value) as string | undefined)
      : undefined;
};
