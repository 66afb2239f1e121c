import { floorsInto } from "./floorsInto";

/**
 * The number path of the largest remainder split for a few weights (at most 256, see
 * `splitUnits`): one pass computes each floor and its exact integer
 * remainder, a three-way quickselect on a copy of the remainders finds the value `v` of the
 * `k`-th largest and how many are strictly above it, and one last pass gives a unit to each
 * remainder above `v` and to the first equal ones (the lower indices, or with
 * `compareTies` the ones that order first, sorting only the equal remainders). No typed arrays (docs/performance.md). The caller has checked `t × maxWeight + whole ≤ 2^53`, so
 * `t × w`, `q × whole` and the floor in doubles are exact (see `exactQuotient`). All state is local: pure and re-entrant.
 *
 * @internal
 */
export const splitSmallNumbers = (
  t: number,
  weights: ArrayLike<number>,
  whole: number,
  compareTies: ((a: number, b: number) => number) | undefined,
): Array<number> => {
  const n = weights.length;
  // sized up front (docs/performance.md)
  const units = new Array<number>(n);
  const remainders = new Array<number>(n);
  const assigned = floorsInto(t, weights, whole, units, (r, i) => {
    remainders[i] = r;
  });
  const k = t - assigned; // 0 ≤ k < n
  if (k === 0) return units;
  // three-way quickselect for the k-th largest remainder; the copy is partitioned as
  // [> pivot | = pivot | < pivot], and everything left of `lo` is above everything in range
  const order = remainders.slice();
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
  let above: number;
  let equal: number;
  let v: number;
  for (;;) {
    const x = order[lo] as number;
    const y = order[(lo + hi) >>> 1] as number;
    const z = order[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y; // median of three
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const value = order[i] as number;
      if (value > pivot) {
        order[i] = order[lt] as number;
        order[lt] = value;
        lt++;
        i++;
      } else if (value < pivot) {
        order[i] = order[gt] as number;
        order[gt] = value;
        gt--;
      } else i++;
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else {
      v = pivot;
      above = lt;
      equal = gt - lt + 1;
      break;
    }
  }
  let ties = k - above; // 1 ≤ ties ≤ equal
  if (compareTies === undefined || ties === equal) {
    for (let i = 0; i < n; i++) {
      const r = remainders[i] as number;
      if (r > v) units[i] = (units[i] as number) + 1;
      else if (r === v && ties > 0) {
        units[i] = (units[i] as number) + 1;
        ties--;
      }
    }
    return units;
  }
  const tied: Array<number> = [];
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as number;
    if (r > v) units[i] = (units[i] as number) + 1;
    else if (r === v) tied.push(i);
  }
  // equal remainders, more than the units left: the ones that order first (at most 256)
  tied.sort((a, b) => compareTies(a, b) || a - b);
  for (let j = 0; j < ties; j++) units[tied[j] as number]! += 1;
  return units;
};
