/**
 * Whether an id occurs twice in `ids`. Linear: each id is hashed (FNV-1a of its UTF-16
 * code units) and looked up in an open-addressing table of indices. The hash is not keyed, so ids crafted to collide could
 * make the probes quadratic — past a budget of 8 probes per id the work is handed to a
 * `Set` (whose hash V8 seeds per process), so the whole stays linear whatever the ids. No
 * caller code runs: the ids are strings.
 *
 * @internal
 */
export const hasDuplicates = (ids: ReadonlyArray<string>): boolean => {
  const n = ids.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(1 << bits); // index + 1, 0 for empty
  let budget = 8 * n + 64;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    let h = 0x811c9dc5;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
    h &= mask;
    for (;;) {
      const j = table[h] as number;
      if (j === 0) {
        table[h] = i + 1;
        break;
      }
      if (ids[j - 1] === id) return true;
      h = (h + 1) & mask;
      if (--budget < 0) return new Set(ids).size !== n;
    }
  }
  return false;
};
