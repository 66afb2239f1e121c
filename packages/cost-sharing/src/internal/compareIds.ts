/**
 * The tie-break of the largest remainder method with ids: the index whose id sorts first in
 * JavaScript's default string order (UTF-16 code units) comes first.
 *
 * @internal
 */
export const compareIds =
  (ids: ReadonlyArray<string>) =>
  (a: number, b: number): number => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };
