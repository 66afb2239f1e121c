/**
 * `T` with every object field and array readonly, all the way down: what a hand-written
 * readonly interface should equal when it describes a schema's output. Brands (an
 * intersection with a primitive) are kept as they are.
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };
