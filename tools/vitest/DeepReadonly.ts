/**
 * `T` with every object field and array readonly, all the way down: what a hand-written
 * readonly interface should equal when it describes a schema's output. Brands (an
 * intersection with a primitive) and dates (core's `InstantSchema` decodes to a `Date`) are
 * kept as they are.
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | Date | null | undefined
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };
