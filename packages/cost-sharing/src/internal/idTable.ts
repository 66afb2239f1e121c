/** Up to this many participants, a short list: headcounts in a plain array, ids in the table kept between calls. */
export const FEW_IDS = 256;
/** The table of the calls over at most {@link FEW_IDS} ids (up to 512 entries), kept between them (scratch, cleared by each). */
let kept: Int32Array | undefined;

/**
 * A hash of a short list's id (up to 256 ids), of its length and four code units (the last
 * three and the first): enough to tell apart the ids of a short list, and a fraction of the
 * cost of reading all of them.
 *
 * @internal
 */
export const sampledHashOf = (id: string): number => {
  const length = id.length;
  const low = length > 1 ? id.charCodeAt(length - 1) | (id.charCodeAt(length - 2) << 16) : length;
  const high = length > 2 ? id.charCodeAt(length - 3) | (id.charCodeAt(0) << 16) : 0;
  // the low bits of a product depend only on the low bits of its factors: `low` is
  // multiplied first so that its high code unit reaches the table's index bits
  const h = Math.imul(Math.imul(low, 0x9e3779b1) ^ high ^ length, 0x85ebca6b);
  return h ^ (h >>> 16);
};

/**
 * The empty open-addressing table in which `readParticipants` looks for an id given twice
 * among the `n ≤ 256` of a short list, as each is read (a long list's: `partitionedIdsTwice`):
 * `size` entries (a power of two, at least `2n`), each to hold
 * an id's index + 1 in its low bits and the rest of its hash above, so that ids are
 * compared only when their hashes agree. The table (512 entries) is kept between calls and
 * only cleared by each: making a
 * typed array of that size cost more than hashing 50 ids (docs/performance.md). It is
 * scratch: no answer depends on what an earlier call left in it. The reader takes it and
 * gives it back ({@link giveBackIdTable}) when done, so a call made from a caller's getter
 * while it is in use (or after a getter threw) makes a table of its own: the reading stays
 * pure and re-entrant. Neither hash is keyed, so ids crafted (or, for the sampled hash,
 * merely alike) to collide could make the probes quadratic: past a budget of `8n + 64`
 * probes ({@link enterId}) the reader hands the check to a `Set` (whose hash V8 seeds per process), so the
 * whole stays linear whatever the ids.
 *
 * @internal
 */
export const takeIdTable = (size: number): Int32Array => {
  const table = kept ?? new Int32Array(2 * FEW_IDS);
  kept = undefined;
  return table.fill(0, 0, size);
};

/**
 * Gives back the table of {@link takeIdTable}, kept for the next call.
 *
 * @internal
 */
export const giveBackIdTable = (table: Int32Array): void => {
  kept = table;
};

/** The bits of a table entry that hold an index + 1 (at most 256); the hash's bits above them. */
const LOW = 511;

/**
 * Enters `ids[i]` (its hash `hash`) in `table` (`mask`: the table's size − 1; an entry
 * holds index + 1 in its low 9 bits, the hash's bits above them),
 * probing linearly, with `budget` probes left for the whole list. Returns the probes left
 * (0: spent, the id maybe not entered: the caller hands the check to a `Set`), or −1 when
 * an earlier index has the same id.
 *
 * @internal
 */
export const enterId = (
  table: Int32Array,
  ids: ReadonlyArray<string>,
  i: number,
  hash: number,
  mask: number,
  budget: number,
): number => {
  const id = ids[i] as string;
  const mark = hash & ~LOW;
  for (let h = hash & mask; --budget > 0; h = (h + 1) & mask) {
    const entry = table[h] as number;
    if (entry === 0) {
      table[h] = mark | (i + 1);
      return budget;
    }
    if ((entry & ~LOW) === mark && ids[(entry & LOW) - 1] === id) return -1;
  }
  return 0;
};
