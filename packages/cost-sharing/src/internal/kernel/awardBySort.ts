/**
 * Gives one unit, through `award(i)`, to each of the `need` candidates (indices) with the
 * largest remainders (`remainders[j]` is `candidates[j]`'s, exact, below 2^53), ties to the
 * index that `compareTies` orders first, or without it (or where it says equal) to the
 * lower index: by a sort, O(m log m) for `m` candidates. The radix path's last step, where
 * few candidates are left (or a run of equal remainders), and the bigint path's whole award.
 *
 * @internal
 */
export const awardBySort = (
  candidates: ReadonlyArray<number>,
  remainders: ReadonlyArray<number>,
  need: number,
  compareTies: ((a: number, b: number) => number) | undefined,
  award: (index: number) => void,
): void => {
  const ordered = candidates.map((_, j) => j);
  ordered.sort(
    (x, y) =>
      (remainders[y] as number) - (remainders[x] as number) ||
      (compareTies === undefined ? 0 : compareTies(candidates[x] as number, candidates[y] as number)) ||
      (candidates[x] as number) - (candidates[y] as number),
  );
  for (let j = 0; j < need; j++) award(candidates[ordered[j] as number] as number);
};
