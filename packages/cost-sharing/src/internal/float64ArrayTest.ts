/**
 * A test for a genuine Float64Array, made once and kept: it reads the typed array's own
 * kind (the `Symbol.toStringTag` getter shared by every typed array), so a proxy, a plain
 * object or another typed array dressed with Float64Array's prototype does not pass. Writes
 * into what passes run no code of the caller's.
 *
 * @internal
 */
export const float64ArrayTest = (): ((value: unknown) => value is Float64Array) => {
  const kind = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Float64Array.prototype) as object, Symbol.toStringTag)?.get;
  return (value: unknown): value is Float64Array =>
    kind !== undefined && typeof value === "object" && value !== null && ArrayBuffer.isView(value) && kind.call(value) === "Float64Array";
};
