/**
 * `Array.isArray` as a guard that keeps the element type (plain `Array.isArray` narrows a
 * `ReadonlyArray<T>` to `any[]`), with a documented size limit checked on `length` before any
 * item is read: the structural check for what a JS caller passes.
 *
 * @internal
 */
export const isList = <T>(value: ReadonlyArray<T> | null | undefined, max: number): value is ReadonlyArray<T> =>
  Array.isArray(value) && value.length <= max;
