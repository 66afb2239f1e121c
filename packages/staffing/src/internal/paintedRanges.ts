/** A node's positions hold different values. */
const MIXED = -2;

/**
 * Positions `0 … size-1` each holding a value (initially -1), with two operations in
 * O(log size): give every position of a range one value, and ask whether a range holds one
 * value throughout (which) or several (`MIXED`, -2). Used to check that incumbency counts
 * nest and to find, for each position, the smallest count that covers it.
 *
 * @internal
 */
export interface PaintedRanges {
  readonly paint: (from: number, to: number, value: number) => void;
  /** The one value of positions `from … to-1`, or -2 when they differ; -1 for an empty range. */
  readonly valueOf: (from: number, to: number) => number;
  /** Every position's value. */
  readonly values: () => Int32Array;
}

/** @internal */
export const paintedRanges = (size: number): PaintedRanges => {
  const value = new Int32Array(Math.max(1, 4 * size)).fill(-1);
  const push = (node: number): void => {
    const own = value[node] ?? MIXED;
    if (own !== MIXED) {
      value[2 * node] = own;
      value[2 * node + 1] = own;
    }
  };
  const paint = (node: number, low: number, high: number, from: number, to: number, v: number): void => {
    if (to <= low || high <= from) return;
    if (from <= low && high <= to) {
      value[node] = v;
      return;
    }
    push(node);
    const middle = (low + high) >> 1;
    paint(2 * node, low, middle, from, to, v);
    paint(2 * node + 1, middle, high, from, to, v);
    const left = value[2 * node] ?? MIXED;
    value[node] = left === value[2 * node + 1] ? left : MIXED;
  };
  const query = (node: number, low: number, high: number, from: number, to: number): number | undefined => {
    if (to <= low || high <= from) return undefined;
    const own = value[node] ?? MIXED;
    if (own !== MIXED || (from <= low && high <= to)) return own;
    const middle = (low + high) >> 1;
    const left = query(2 * node, low, middle, from, to);
    const right = query(2 * node + 1, middle, high, from, to);
    return left === undefined ? right : right === undefined || left === right ? left : MIXED;
  };
  const collect = (node: number, low: number, high: number, out: Int32Array): void => {
    const own = value[node] ?? MIXED;
    if (own !== MIXED) out.fill(own, low, high);
    else {
      const middle = (low + high) >> 1;
      collect(2 * node, low, middle, out);
      collect(2 * node + 1, middle, high, out);
    }
  };
  return {
    paint: (from, to, v) => {
      if (from < to) paint(1, 0, size, from, to, v);
    },
    valueOf: (from, to) => (from < to ? (query(1, 0, size, from, to) ?? -1) : -1),
    values: () => {
      const out = new Int32Array(size).fill(-1);
      if (size > 0) collect(1, 0, size, out);
      return out;
    },
  };
};
