/** Up to this many ids, one table; above, the ids are first partitioned by hash (cache-sized tables). */
const ONE_TABLE = 4096;

/** A few code units (the first and the last two) and the length, mixed: enough to tell most short id lists apart. */
const quickHashOf = (id: string): number => {
  const length = id.length;
  if (length === 0) return 0;
  const ends = (id.charCodeAt(length - 1) << 16) ^ (length > 1 ? id.charCodeAt(length - 2) << 8 : 0);
  const h = Math.imul(ends ^ id.charCodeAt(0) ^ (length << 24), 0x9e3779b1);
  return h ^ (h >>> 15); // the product's high bits down to the low ones the table uses
};

/** FNV-1a over an id's length and its last 16 UTF-16 code units. */
const hashOf = (id: string): number => {
  const length = id.length;
  let h = Math.imul(0x811c9dc5 ^ length, 16_777_619);
  for (let c = length > 16 ? length - 16 : 0; c < length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
  return h;
};

/**
 * Whether an id occurs twice in `ids`. Linear: each id is hashed (FNV-1a of its length and
 * last 16 UTF-16 code units: ids that differ only before those share a hash and are told
 * apart by comparison; up to 256 ids, a hash of three code units is tried first, with a
 * small probe budget) and looked up in an open-addressing table of indices; above
 * 4096 ids the ids are first partitioned by the top bits of their hashes so that each
 * partition's table stays in cache. The hash is not keyed, so ids crafted to collide could
 * make the probes quadratic — past a budget of 8 probes per id the work is handed to a
 * `Set` (whose hash V8 seeds per process), so the whole stays linear whatever the ids. No
 * caller code runs: the ids are strings.
 *
 * @internal
 */
export const hasDuplicates = (ids: ReadonlyArray<string>): boolean => {
  const n = ids.length;
  // a short list is tried with a hash of a few code units first, then with the full one
  const found =
    n <= ONE_TABLE
      ? ((n <= 256 ? inOneTable(ids, quickHashOf) : undefined) ?? inOneTable(ids, hashOf))
      : inPartitions(ids);
  return found === undefined ? new Set(ids).size !== n : found;
};

/**
 * The table of the short lists, kept between calls (allocating and zeroing one per call
 * costs more than the lookups): slot `h` is live for the current call when `stamps[h]` is
 * the call's stamp, so nothing is cleared. No caller code runs while it is in use (the ids
 * are strings already read), so calls cannot overlap.
 */
let scratch: { slots: Int32Array; stamps: Int32Array; stamp: number } | undefined;

/** true, false, or undefined when the probe budget ran out. */
const inOneTable = (ids: ReadonlyArray<string>, hash: (id: string) => number): boolean | undefined => {
  const n = ids.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const mask = (1 << bits) - 1;
  const size = 1 << bits;
  if (scratch === undefined || scratch.slots.length < size || scratch.stamp === 0x7fffffff) {
    const length = Math.max(size, 512);
    scratch = { slots: new Int32Array(length), stamps: new Int32Array(length), stamp: 0 };
  }
  const { slots, stamps } = scratch;
  const stamp = ++scratch.stamp;
  let budget = 8 * n + 64;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    let h = hash(id) & mask;
    for (;;) {
      if (stamps[h] !== stamp) {
        stamps[h] = stamp;
        slots[h] = i;
        break;
      }
      if (ids[slots[h] as number] === id) return true;
      h = (h + 1) & mask;
      if (--budget < 0) return undefined;
    }
  }
  return false;
};

/** The ids grouped by the top 12 bits of their hashes, then one small table per group. */
const inPartitions = (ids: ReadonlyArray<string>): boolean | undefined => {
  const n = ids.length;
  const hashes = new Int32Array(n);
  const starts = new Int32Array(4097);
  for (let i = 0; i < n; i++) {
    const h = hashOf(ids[i] as string);
    hashes[i] = h;
    starts[(h >>> 20) + 1]! += 1;
  }
  let largest = 0;
  for (let g = 0; g < 4096; g++) {
    const size = starts[g + 1] as number;
    if (size > largest) largest = size;
    starts[g + 1] = (starts[g] as number) + size;
  }
  const order = new Int32Array(n);
  const next = starts.slice(0, 4096);
  for (let i = 0; i < n; i++) order[next[(hashes[i] as number) >>> 20]!++] = i;
  let bits = 4;
  while (1 << bits < 2 * largest) bits++;
  const mask = (1 << bits) - 1;
  // slots hold position + 1 in `order`; a slot is live for group g when its stamp is g + 1 (no clearing)
  const table = new Int32Array(1 << bits);
  const stamps = new Int32Array(1 << bits);
  let budget = 8 * n + 64;
  for (let g = 0; g < 4096; g++) {
    const end = starts[g + 1] as number;
    for (let p = starts[g] as number; p < end; p++) {
      const i = order[p] as number;
      const hash = hashes[i] as number;
      let h = hash & mask;
      for (;;) {
        if (stamps[h] !== g + 1) {
          stamps[h] = g + 1;
          table[h] = i;
          break;
        }
        const j = table[h] as number;
        if (hashes[j] === hash && ids[j] === ids[i]) return true;
        h = (h + 1) & mask;
        if (--budget < 0) return undefined;
      }
    }
  }
  return false;
};
