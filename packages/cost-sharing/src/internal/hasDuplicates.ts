/** Up to this many ids, the sampled hash and the table kept between calls. */
const FEW = 256;
/** The table of the calls over at most {@link FEW} ids (up to 1024 entries), kept between them (scratch, cleared by each). */
let kept: Int32Array | undefined;

/**
 * A hash of an id: up to 256 ids (`sampled`), of its length and four code units (the last
 * three and the first) — enough to tell apart the ids of a short list, and a fraction of
 * the cost of reading all of them; above, FNV-1a of every code unit.
 */
const hashOf = (id: string, sampled: boolean): number => {
  const length = id.length;
  if (sampled) {
    const low = length > 1 ? id.charCodeAt(length - 1) | (id.charCodeAt(length - 2) << 16) : length;
    const high = length > 2 ? id.charCodeAt(length - 3) | (id.charCodeAt(0) << 16) : 0;
    const h = Math.imul(low ^ Math.imul(high ^ length, 0x85ebca6b), 0x9e3779b1);
    return h ^ (h >>> 15); // the low bits of a product depend only on the low bits of its factors
  }
  let h = 0x811c9dc5;
  for (let c = 0; c < length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
  return h;
};

/**
 * Whether an id occurs twice in `ids`. Linear: each id is hashed (`hashOf`) and looked up
 * in an open-addressing table of indices, each entry holding the id's index and the rest of
 * its hash, so that ids are compared only when their hashes agree. Up to 256 ids the table
 * (512 entries) is kept
 * between calls and only cleared by each: making a typed array of that size cost more than
 * hashing 50 ids (docs/performance.md). It is scratch: no answer depends on what an earlier
 * call left in it, and no caller code runs while it is in use (the ids are strings), so the
 * function stays pure and re-entrant. Neither hash is keyed, so ids crafted (or, for the
 * sampled hash, merely alike) to collide could make the probes quadratic: past a budget of
 * 8 probes per id the work is handed to a `Set` (whose hash V8 seeds per process), so the
 * whole stays linear whatever the ids.
 *
 * @internal
 */
export const hasDuplicates = (ids: ReadonlyArray<string>): boolean => {
  const n = ids.length;
  const few = n <= FEW;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  // an entry holds index + 1 in its low bits and the rest of the id's hash above, so that
  // only ids whose hashes agree there are compared (a string compare is a cache miss at scale)
  const low = (1 << Math.min(30, Math.max(9, 32 - Math.clz32(n)))) - 1;
  const table = few ? (kept ??= new Int32Array(2 * FEW)).fill(0, 0, size) : new Int32Array(size);
  let budget = 8 * n + 64;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const hash = hashOf(id, few);
    const mark = hash & ~low;
    let h = hash & mask;
    for (;;) {
      const entry = table[h] as number;
      if (entry === 0) {
        table[h] = mark | (i + 1);
        break;
      }
      if ((entry & ~low) === mark && ids[(entry & low) - 1] === id) return true;
      h = (h + 1) & mask;
      if (--budget < 0) return new Set(ids).size !== n;
    }
  }
  return false;
};
