/**
 * `Array.isArray` as a guard that keeps the element type (plain `Array.isArray` narrows a
 * `ReadonlyArray<T>` to `any[]`): the structural check for what a JS caller passes.
 *
 * @internal
 */
export const isList = <T>(value: ReadonlyArray<T> | null | undefined): value is ReadonlyArray<T> =>
  Array.isArray(value);
