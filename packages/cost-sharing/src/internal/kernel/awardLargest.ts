/**
 * Gives one unit, through `award(i)`, to each of the `k` largest `remainders` (`0 ≤ k <
 * n`), ties to the index that `compareTies` orders first, or without it to the lower index:
 * the largest remainder step of the split where the remainders are kept in an array (up
 * to 256 weights, and the bigint path). A quickselect on a copy (Hoare partitions, which
 * split runs of equal remainders evenly, and median-of-three pivots) finds the value `v`
 * of the `k`-th largest (a range still unsettled after 64 rounds is sorted, so the whole
 * stays O(n log n) whatever the remainders),
 * then one pass awards every remainder above `v` and collects the ones equal to it, of
 * which the first `k − above` get a unit too (ordered by `compareTies` only when some of
 * them must lose). `rounds` is the quickselect's allowance (a test gives 0 to check the sort).
 *
 * @internal
 */
export const awardLargest = (
  remainders: ReadonlyArray<number>,
  k: number,
  compareTies: ((a: number, b: number) => number) | undefined,
  award: (index: number) => void,
  rounds = 64,
): void => {
  if (k === 0) return;
  const n = remainders.length;
  // Hoare partitions of a copy: everything left of `lo` is at least everything in range, everything right of `hi` at most
  const order = remainders.slice();
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    if (rounds-- === 0) {
      const rest = order.slice(lo, hi + 1).sort((a, b) => b - a);
      for (let i = lo; i <= hi; i++) order[i] = rest[i - lo] as number;
      break;
    }
    const x = order[lo] as number;
    const y = order[(lo + hi) >>> 1] as number;
    const z = order[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y; // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      // the pivot is in the range, so neither scan runs past it
      while ((order[i] as number) > pivot) i++;
      while ((order[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = order[i] as number;
        order[i] = order[j] as number;
        order[j] = swap;
        i++;
        j--;
      }
    }
    // order[lo … j] ≥ pivot ≥ order[i … hi], and anything between equals the pivot
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  const v = order[target] as number; // the k-th largest
  let left = k; // units still to give
  const tied: Array<number> = [];
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as number;
    if (r > v) {
      award(i);
      left--;
    } else if (r === v) tied.push(i);
  }
  // 1 ≤ left ≤ tied.length
  if (compareTies !== undefined && left < tied.length) tied.sort((a, b) => compareTies(a, b) || a - b);
  for (let j = 0; j < left; j++) award(tied[j] as number);
};
