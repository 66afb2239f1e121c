/**
 * What is left to place in each column of a function table during the placement search,
 * kept so that each question the search asks costs O(1) and each change O(1) per cell:
 * how many columns hold more than the rows still to place can reach (`over`), how many are
 * not yet 0 (`nonZero`), which differ from their printed total (`touched`), and a hash of
 * what is left (for the dead ends).
 *
 * @internal
 */
export interface ColumnState {
  readonly remaining: Array<number>;
  readonly over: () => number;
  readonly nonZero: () => number;
  /** The columns whose remaining differs from the printed total, in no order. */
  readonly touched: ReadonlyArray<number>;
  /** A 32-bit hash of what is left in each column (signed). */
  readonly hash: () => number;
  /** A second, independent one. */
  readonly hash2: () => number;
  /** Takes `value` from what is left in `column`. */
  readonly take: (column: number, value: number) => void;
  /** Moves `value` of what rows still to place can reach in `column` (negative: the row is being placed). */
  readonly reachMore: (column: number, value: number) => void;
}

const fmix = (h: number): number => {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
};

/**
 * The state for `columnTotals`, every row still to place (`reachable`, the sum of each
 * row's reach per column).
 *
 * @internal
 */
export const columnState = (columnTotals: ReadonlyArray<number>, reachable: Array<number>): ColumnState => {
  const remaining = [...columnTotals];
  const position = new Int32Array(remaining.length).fill(-1);
  const touched: Array<number> = [];
  let over = 0;
  let nonZero = 0;
  let h1 = 0;
  let h2 = 0;
  remaining.forEach((left, column) => {
    if (!(left <= (reachable[column] ?? 0))) over += 1;
    if (left !== 0) nonZero += 1;
  });
  const isOver = (column: number): boolean => !((remaining[column] ?? 0) <= (reachable[column] ?? 0));
  // Σ r(c) × remaining[c] modulo 2^32 in two lanes: `| 0` takes a whole number modulo 2^32
  // exactly, so the hash is a function of the state, whatever path led to it
  const r1 = Int32Array.from(remaining, (_, column) => fmix(column ^ 0x9e3779b9) | 1);
  const r2 = Int32Array.from(remaining, (_, column) => fmix(column ^ 0x7f4a7c15) | 1);
  const mark = (column: number, sign: number): void => {
    const left = (remaining[column] ?? 0) | 0;
    h1 = (h1 + sign * Math.imul(r1[column] ?? 0, left)) | 0;
    h2 = (h2 + sign * Math.imul(r2[column] ?? 0, left)) | 0;
  };
  remaining.forEach((_, column) => mark(column, 1));
  const setTouched = (column: number): void => {
    const at = position[column] ?? -1;
    const isTouched = remaining[column] !== columnTotals[column];
    if (isTouched && at < 0) {
      position[column] = touched.length;
      touched.push(column);
    } else if (!isTouched && at >= 0) {
      const last = touched.pop() ?? column;
      if (last !== column) {
        touched[at] = last;
        position[last] = at;
      }
      position[column] = -1;
    }
  };
  return {
    remaining,
    over: () => over,
    nonZero: () => nonZero,
    touched,
    hash: () => h1,
    hash2: () => h2,
    take: (column, value) => {
      const before = remaining[column] ?? 0;
      const wasOver = isOver(column);
      mark(column, -1);
      remaining[column] = before - value;
      mark(column, 1);
      setTouched(column);
      over += Number(isOver(column)) - Number(wasOver);
      nonZero += Number((remaining[column] ?? 0) !== 0) - Number(before !== 0);
    },
    reachMore: (column, value) => {
      const wasOver = isOver(column);
      reachable[column] = (reachable[column] ?? 0) + value;
      over += Number(isOver(column)) - Number(wasOver);
    },
  };
};
