/**
 * The candidate placements of one row of a function table: the columns its values go to,
 * tried in lexicographic order without listing them (a row of k values among n columns has
 * C(n, k) of them), and the largest value it can put in each column.
 *
 * @internal
 */
export interface RowOptions {
  /** How many candidates: C(n, k) for a row whose columns are unknown, 1 or 0 for a known row. */
  readonly count: number;
  /** The first candidate, or `undefined` when there is none. */
  readonly first: () => Array<number> | undefined;
  /** Moves `choice` to the next candidate in place; `false` when it was the last. */
  readonly next: (choice: Array<number>) => boolean;
  /** Columns this row can reach, with the largest value it can put there (each above 0). */
  readonly reach: ReadonlyArray<readonly [column: number, value: number]>;
}

/** C(n, k), the ways to choose k of n columns, counted up to 2^53 (a larger count is returned as Infinity). */
const choices = (k: number, n: number): number => {
  let count = 1;
  for (let i = 1; i <= k && count <= Number.MAX_SAFE_INTEGER; i += 1) count = (count * (n - k + i)) / i;
  return count <= Number.MAX_SAFE_INTEGER ? count : Number.POSITIVE_INFINITY;
};

const nextCombination = (choice: Array<number>, width: number): boolean => {
  const k = choice.length;
  let i = k - 1;
  while (i >= 0 && (choice[i] ?? 0) >= width - k + i) i -= 1;
  if (i < 0) return false;
  let column = (choice[i] ?? 0) + 1;
  for (let j = i; j < k; j += 1, column += 1) choice[j] = column;
  return true;
};

/** Largest value of `values[j]` over the j that can land in each column (at least 0): a sliding-window maximum, O(n). */
const sparseReach = (values: ReadonlyArray<number>, width: number): Array<readonly [number, number]> => {
  const k = values.length;
  const reach: Array<readonly [number, number]> = [];
  if (k === 0) return reach;
  const window: Array<number> = []; // indices j, their values decreasing
  let head = 0;
  let added = 0;
  for (let column = 0; column < width; column += 1) {
    const hi = Math.min(k - 1, column);
    const lo = Math.max(0, column - (width - k));
    for (; added <= hi; added += 1) {
      while (window.length > head && (values[window[window.length - 1] ?? 0] ?? 0) <= (values[added] ?? 0))
        window.pop();
      window.push(added);
    }
    while ((window[head] ?? 0) < lo) head += 1;
    const best = Math.max(0, values[window[head] ?? 0] ?? 0);
    if (best > 0) reach.push([column, best]);
  }
  return reach;
};

/**
 * The options of a row: `known` is the column index of each value when the source kept
 * them (`undefined` when it lost them), a column not in the table or named twice leaving
 * the row no candidate.
 *
 * @internal
 */
export const rowOptions = (
  values: ReadonlyArray<number>,
  known: ReadonlyArray<number> | undefined,
  width: number,
): RowOptions => {
  if (known === undefined)
    return {
      count: choices(values.length, width),
      first: () => Array.from({ length: values.length }, (_, j) => j),
      next: (choice) => nextCombination(choice, width),
      reach: sparseReach(values, width),
    };
  const valid =
    known.length === values.length && known.every((column) => column >= 0) && new Set(known).size === known.length;
  return {
    count: valid ? 1 : 0,
    first: () => (valid ? [...known] : undefined),
    next: () => false,
    reach: valid ? known.flatMap((column, j) => ((values[j] ?? 0) > 0 ? [[column, values[j] ?? 0] as const] : [])) : [],
  };
};
