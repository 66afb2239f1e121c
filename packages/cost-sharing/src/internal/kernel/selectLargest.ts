import { cutBucket } from "./cutBucket";

const SMALL = 48;

type Counts = { [index: number]: number; fill: (value: number, start?: number, end?: number) => unknown };

/**
 * The first level of the radix selection over `n` remainders below `whole`: the number of
 * buckets (about one per remainder, a power of two from 16 to 65 536), the power of two
 * each bucket spans, and zeroed counts, so the caller can count while it computes the
 * remainders.
 *
 * @internal
 */
export const radixPlan = (
  n: number,
  whole: number,
): { readonly radix: number; readonly inverse: number; readonly counts: Counts } => {
  let radix = 16;
  while (radix < n && radix < 65_536) radix *= 2;
  let scale = 1;
  while (whole / scale > radix) scale *= 2;
  return { radix, inverse: 1 / scale, counts: radix <= 256 ? new Array<number>(radix).fill(0) : new Int32Array(radix) };
};

/**
 * The indices of the `k` largest remainders, ties to the participant that orders first,
 * in linear time: an MSD radix selection on the exact integer remainders (each in
 * `[0, whole)`, `whole ≤ 2^53`), whose digits are taken by exact division by powers of
 * two, so no comparison ever rounds. Only the last few candidates (at most 48, or a run of
 * exactly equal remainders) are ordered by a comparator. Candidates keep input order, so
 * without `compareTies` ties go to the lower index.
 *
 * @internal
 */
export const selectLargest = (
  remainders: ArrayLike<number>,
  k: number,
  whole: number,
  compareTies: ((a: number, b: number) => number) | undefined,
): Array<number> => {
  const winners: Array<number> = [];
  if (k === 0) return winners;
  const n = remainders.length;
  const { radix: RADIX, inverse, counts } = radixPlan(n, whole);
  let scale = 1 / inverse; // exact: a power of two
  for (let i = 0; i < n; i++) counts[Math.floor((remainders[i] as number) * inverse)]! += 1;
  const cut = cutBucket(counts, RADIX - 1, k);
  const { bucket } = cut;
  let { need } = cut;
  let candidates: Array<number> = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const digit = Math.floor((remainders[i] as number) * inverse);
    if (digit > bucket) {
      winners.push(i);
    } else if (digit === bucket) m = candidates.push(i);
  }
  while (need < m && scale > 1 && m > SMALL) {
    const next = scale > RADIX ? scale / RADIX : 1;
    const width = scale / next;
    counts.fill(0, 0, width);
    for (let j = 0; j < m; j++)
      counts[Math.floor((remainders[candidates[j] as number] as number) / next) % width]! += 1;
    const inner = cutBucket(counts, width - 1, need);
    const b = inner.bucket;
    need = inner.need;
    const kept: Array<number> = [];
    let kept_m = 0;
    for (let j = 0; j < m; j++) {
      const i = candidates[j] as number;
      const digit = Math.floor((remainders[i] as number) / next) % width;
      if (digit > b) {
        winners.push(i);
      } else if (digit === b) kept_m = kept.push(i);
    }
    candidates = kept;
    m = kept_m;
    scale = next;
  }
  if (need < m) {
    // the last few candidates (or a run of equal remainders): ordered by comparison
    const ordered = candidates;
    ordered.sort(
      (a, b) =>
        (remainders[b] as number) - (remainders[a] as number) ||
        (compareTies === undefined ? a - b : compareTies(a, b) || a - b),
    );
    for (let j = 0; j < need; j++) winners.push(ordered[j] as number);
  } else {
    for (let j = 0; j < m; j++) winners.push(candidates[j] as number);
  }
  return winners;
};
