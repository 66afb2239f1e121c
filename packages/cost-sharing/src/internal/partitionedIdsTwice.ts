/** Ids per partition, about: a partition's table (2 entries per id) then fits in a core's cache. */
const PARTITION = 2048;

/**
 * Whether an id of a long list is given twice, from each id's 32-bit hash (`hashes[i]`,
 * FNV-1a of every code unit, computed as the ids were read): the ids are first
 * partitioned by the hash's top bits (a counting sort of their indices and hashes), then
 * each partition's are entered in one small open-addressing table, reused and cleared for
 * each, so every probe hits the cache (one table over a million ids is 8 MB: each probe
 * a cache miss, which cost more than hashing). Ids are compared only when their full
 * hashes agree. Linear: past a budget of `8n + 64` probes (ids crafted to collide) it
 * gives up and returns undefined, and the caller asks a `Set` (whose hash V8 seeds per
 * process).
 *
 * @internal
 */
export const partitionedIdsTwice = (ids: ReadonlyArray<string>, hashes: Int32Array): boolean | undefined => {
  const n = ids.length;
  let bits = 0;
  while (bits < 16 && n >>> bits > PARTITION) bits++;
  const parts = 1 << bits;
  const down = 16 - bits; // a hash's partition: its top `bits` bits, (h >>> 16) >>> down
  const starts = new Int32Array(parts + 1);
  for (let i = 0; i < n; i++) starts[(((hashes[i] as number) >>> 16) >>> down) + 1]! += 1;
  for (let p = 0; p < parts; p++) starts[p + 1]! += starts[p] as number;
  // the indices and hashes in partition order
  const next = starts.slice(0, parts);
  const order = new Int32Array(n);
  const sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    const at = next[(h >>> 16) >>> down]!++;
    order[at] = i;
    sorted[at] = h;
  }
  // at least 3 entries per id of an average partition: a partition twice the average (ids
  // crafted to share their top bits) still fits, and past that the probe budget runs out
  let size = 16;
  while (size < 3 * (n >>> bits)) size *= 2;
  const table = new Int32Array(size); // a partition's position + 1, or 0
  const mask = size - 1;
  let budget = 8 * n + 64;
  for (let p = 0; p < parts; p++) {
    const start = starts[p] as number;
    const end = starts[p + 1] as number;
    if (p > 0) table.fill(0);
    for (let j = start; j < end; j++) {
      const h = sorted[j] as number;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        if (--budget < 0) return undefined;
        const entry = table[slot] as number;
        if (entry === 0) {
          table[slot] = j - start + 1;
          break;
        }
        const other = start + entry - 1;
        if (sorted[other] === h && ids[order[other] as number] === ids[order[j] as number]) return true;
      }
    }
  }
  return false;
};
