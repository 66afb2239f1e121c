/**
 * Moves the `k` largest of the first `n` keys (all distinct) to positions `0 … k − 1`, in
 * no particular order: a Hoare quickselect with a median-of-three pivot, in place, in
 * expected linear time. Every element left of a partition's split is at least every
 * element right of it, so narrowing to the side that holds position `k − 1` leaves the
 * `k` largest in front.
 *
 * @internal
 */
export const selectTopKeys = (keys: { [index: number]: number }, n: number, k: number): void => {
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
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
