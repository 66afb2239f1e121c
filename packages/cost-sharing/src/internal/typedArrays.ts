/** The getters every typed array shares and the standard prototypes, looked up on first use (nothing at import time). */
let intrinsics:
  | {
      readonly length: (this: unknown) => number;
      readonly kind: (this: unknown) => string | undefined;
      readonly prototypes: ReadonlySet<unknown>;
    }
  | undefined;

const intrinsicsOf = (): NonNullable<typeof intrinsics> => {
  if (intrinsics !== undefined) return intrinsics;
  const shared = Object.getPrototypeOf(Float64Array.prototype) as object;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the getters are called with `.call(value)`
  const getter = (key: PropertyKey) => Object.getOwnPropertyDescriptor(shared, key)?.get;
  return (intrinsics = {
    length: getter("length") as (this: unknown) => number,
    kind: getter(Symbol.toStringTag) as (this: unknown) => string | undefined,
    prototypes: new Set(
      [
        Int8Array,
        Uint8Array,
        Uint8ClampedArray,
        Int16Array,
        Uint16Array,
        Int32Array,
        Uint32Array,
        Float32Array,
        Float64Array,
        BigInt64Array,
        BigUint64Array,
      ].map((kind) => kind.prototype),
    ),
  });
};

/**
 * A typed array's own kind — `"Float64Array"`, `"Uint32Array"`, … — or undefined for
 * anything else, read through the `Symbol.toStringTag` getter every typed array shares, so a
 * proxy, a plain object or another typed array dressed with Float64Array's prototype is seen
 * for what it is, and no code of the caller's runs.
 *
 * @internal
 */
export const typedArrayKind = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && ArrayBuffer.isView(value)
    ? intrinsicsOf().kind.call(value)
    : undefined;

/**
 * A typed array's length as the engine holds it, read through the `length` getter every
 * typed array shares (`%TypedArray%.prototype.length`), so that no `length` of the caller's
 * (an own property, a subclass's getter) runs; undefined for anything that is not a typed
 * array (a DataView, a proxy, an array). No code of the caller's runs.
 *
 * @internal
 */
export const typedArrayLength = (value: unknown): number | undefined =>
  typedArrayKind(value) === undefined ? undefined : intrinsicsOf().length.call(value);

/**
 * Weights that the kernel can read without running code of the caller's: a typed array
 * whose `length` is the engine's (its prototype a standard one — whoever redefines `length`
 * there changes every typed array of the realm, the kernel's own included — and no
 * `length` of its own) as it is; any other typed array as a copy of its elements, as many as
 * its real length (reading a typed array's elements runs no code of the caller's);
 * undefined for anything that is not a typed array, which the caller reads under a guard.
 * About 15 ns a call.
 *
 * @internal
 */
export const readableTypedArray = (value: unknown): ArrayLike<number> | undefined => {
  if (typeof value !== "object" || value === null || !ArrayBuffer.isView(value)) return undefined;
  // a view is no proxy: reading its prototype, and its own keys, runs no code of the caller's
  const prototype: unknown = Object.getPrototypeOf(value);
  const weights = value as unknown as ArrayLike<number>;
  if (intrinsicsOf().prototypes.has(prototype) && !Object.hasOwn(weights, "length")) return weights;
  const n = typedArrayLength(weights);
  if (n === undefined) return undefined; // a DataView
  const copy = new Array<number>(n);
  for (let i = 0; i < n; i++) copy[i] = weights[i] as number;
  return copy;
};
