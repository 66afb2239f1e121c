import type { ColumnState } from "./columnState";

/**
 * States of the placement search (depth, what is left in each column) known to lead to no
 * placement, looked up by a hash of what is left and then compared exactly, column by
 * column where it differs from the printed total, so a lookup that misses costs O(1) and
 * no state is ever mistaken for another.
 *
 * @internal
 */
export interface DeadEnds {
  /** The lookup key of the current state at `depth`. */
  readonly keyOf: (depth: number) => number;
  /** Whether the current state is a known dead end; `key` is its `keyOf(depth)`. */
  readonly has: (key: number) => boolean;
  /** Records the current state, whose key was `key` when the row at that depth was entered. */
  readonly add: (key: number) => void;
}

/** The most dead ends remembered: 4 194 304 (2^22, written out: an expression at module scope is kept by a bundler), below a `Map`'s 2^24 entries. */
const maxDeadEnds = 4_194_304;

/** @internal */
export const deadEnds = (state: ColumnState): DeadEnds => {
  // snapshot: the second hash, then (column, what is left) for each column off its total
  const known = new Map<number, Array<Array<number>>>();
  let count = 0;
  const matches = (snapshot: ReadonlyArray<number>): boolean => {
    if (snapshot[0] !== state.hash2() || snapshot.length !== 1 + 2 * state.touched.length) return false;
    for (let i = 1; i < snapshot.length; i += 2)
      if (state.remaining[snapshot[i] ?? 0] !== snapshot[i + 1]) return false;
    return true;
  };
  return {
    // depth (at most 1 000 000 rows) above the 32 bits of the hash: exact in a double
    keyOf: (depth) => depth * 2 ** 32 + (state.hash() >>> 0),
    has: (key) => known.get(key)?.some(matches) ?? false,
    add: (key) => {
      // a cache, not an answer: past its size, states are searched again rather than remembered
      if (count >= maxDeadEnds) return;
      count += 1;
      const touched = state.touched;
      const snapshot = new Array<number>(1 + 2 * touched.length);
      snapshot[0] = state.hash2();
      touched.forEach((column, i) => {
        snapshot[1 + 2 * i] = column;
        snapshot[2 + 2 * i] = state.remaining[column] ?? 0;
      });
      const bucket = known.get(key);
      if (bucket === undefined) known.set(key, [snapshot]);
      else bucket.push(snapshot);
    },
  };
};
