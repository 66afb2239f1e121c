/**
 * Moves the `k` largest of the first `n` keys (all distinct, each in `[0, bound)`) to
 * positions `0 … k − 1`, in no particular order, in place, in expected linear time.
 *
 * The keyed path's keys are remainders spread over `[0, bound)` much as if at random, so
 * the first two rounds guess where the `k`-th largest lies: a pivot placed as far down the
 * range of values still open as the target is down the range of positions (an
 * interpolation step), and a one-pass partition around it. On such keys that leaves a few
 * entries around the target; on keys bunched together (equal remainders) it leaves them
 * all, and costs those two passes. A Hoare quickselect with a median-of-three pivot then
 * settles what is left. Every element left of a partition's split is at least every
 * element right of it, so narrowing to the side that holds position `k − 1` leaves the `k`
 * largest in front. (Interpolation took the keyed split of 50 weights from about 190 to
 * 150 ns: `docs/performance.md`.)
 *
 * @internal
 */
export const selectTopKeys = (keys: { [index: number]: number }, n: number, k: number, bound: number): void => {
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
  // keys[lo … hi] lie in (below, above]
  let below = -1;
  let above = bound;
  for (let round = 0; round < 2 && lo < hi; round++) {
    const pivot = above - ((target - lo + 0.5) / (hi - lo + 1)) * (above - below);
    let split = lo; // keys[lo … split − 1] > pivot
    for (let i = lo; i <= hi; i++) {
      const key = keys[i] as number;
      if (key > pivot) {
        keys[i] = keys[split] as number;
        keys[split++] = key;
      }
    }
    if (split - 1 === target) return;
    if (target < split) {
      hi = split - 1;
      below = pivot;
    } else {
      lo = split;
      above = pivot;
    }
  }
  while (lo < hi) {
    const x = keys[lo] as number;
    const y = keys[(lo + hi) >>> 1] as number;
    const z = keys[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      // the pivot is in the range, so neither scan runs past it
      while ((keys[i] as number) > pivot) i++;
      while ((keys[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = keys[i] as number;
        keys[i] = keys[j] as number;
        keys[j] = swap;
        i++;
        j--;
      }
    }
    // keys[lo … j] ≥ pivot ≥ keys[i … hi], and anything between equals the pivot
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
};
