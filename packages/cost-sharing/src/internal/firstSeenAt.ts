/**
 * For each id, the index where the same id was first seen, or −1 for a first occurrence,
 * written into `out` (one entry per id). Linear: an open-addressing table of indices keyed
 * by an FNV-1a hash of the UTF-16 code units (a third of the time of a `Map` over a million
 * ids); the hash is not keyed, so ids crafted to collide could make the probes quadratic —
 * past a budget of 8 probes per id the work is handed to a `Map` (whose hash V8 seeds per
 * process), so the whole stays linear whatever the ids.
 *
 * @internal
 */
export const firstSeenAt = (ids: ReadonlyArray<string>, out: Int32Array): void => {
  const n = ids.length;
  let bits = 4;
  while (1 << bits < 2 * n && bits < 30) bits++;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits); // index + 1, 0 for empty
  let budget = 8 * n + 64;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    let h = 0x811c9dc5 | 0;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
    h &= mask;
    out[i] = -1;
    for (;;) {
      const j = table[h] as number;
      if (j === 0) {
        table[h] = i + 1;
        break;
      }
      if (ids[j - 1] === id) {
        out[i] = j - 1;
        break;
      }
      h = (h + 1) & mask;
      if (--budget < 0) return firstSeenByMap(ids, out);
    }
  }
};

const firstSeenByMap = (ids: ReadonlyArray<string>, out: Int32Array): void => {
  const seen = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      out[i] = -1;
    } else out[i] = first;
  }
};
