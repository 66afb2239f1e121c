/**
 * Each value's first position in a list, for lookups in constant time (a `Map`: no
 * property of a plain object is ever read by a user's key).
 *
 * @internal
 */
export const indexOf = (values: ReadonlyArray<string>): ReadonlyMap<string, number> => {
  const positions = new Map<string, number>();
  values.forEach((value, index) => {
    if (!positions.has(value)) positions.set(value, index);
  });
  return positions;
};
