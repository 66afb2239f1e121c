import { radixPlan } from "./radixPlan";
import { cutBucket } from "./cutBucket";
import { floorsInto } from "./floorsInto";
import { awardBySort } from "./awardBySort";

const FEW = 48;

/**
 * The number path of the largest remainder split for many weights, written into `units`
 * (`n` entries, whatever they held), with no other allocation the size of the input: the
 * first pass computes each floor and counts its remainder's top radix digit; the
 * remainders are never stored but recomputed exactly as `t × w − q × whole` (both products
 * below 2^53: the caller has checked `t × maxWeight + whole ≤ 2^53`) by the passes of an
 * MSD radix selection that hands the leftover units to the largest remainders in linear
 * time. Digits are taken by exact division by powers of two, so no comparison ever rounds;
 * only the last few candidates (at most 48, or a run of exactly equal remainders) are
 * ordered by comparison, ties to the lower index or, with `compareTies`, to the one that
 * orders first. All state is local: pure and re-entrant.
 *
 * @internal
 */
export const splitLargeNumbers = (
  t: number,
  weights: ArrayLike<number>,
  whole: number,
  compareTies: ((a: number, b: number) => number) | undefined,
  units: Float64Array,
): Float64Array => {
  const n = weights.length;
  const { radix, inverse, counts } = radixPlan(n, whole);
  const assigned = floorsInto(t, weights, whole, units, (r) => {
    counts[Math.floor(r * inverse)]! += 1;
  });
  if (t === assigned) return units; // 0 ≤ t − assigned < n
  const cut = cutBucket(counts, radix - 1, t - assigned);
  const { bucket } = cut;
  let { need } = cut;
  // every remainder in a higher bucket wins; the ones in `bucket` are the candidates
  let candidates: Array<number> = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    const q = units[i] as number;
    const digit = Math.floor((t * w - q * whole) * inverse);
    // branch-free award (about half the weights win one unit, in no predictable order):
    // (bucket − digit) >>> 31 is 1 exactly when digit > bucket (both below 2^16)
    units[i] = q + ((bucket - digit) >>> 31);
    if (digit === bucket) candidates.push(i);
  }
  let m = candidates.length;
  let scale = 1 / inverse; // exact: a power of two
  while (need < m && scale > 1 && m > FEW) {
    const next = scale > radix ? scale / radix : 1;
    const width = scale / next;
    counts.fill(0, 0, width);
    for (let j = 0; j < m; j++) {
      const i = candidates[j] as number;
      counts[Math.floor((t * (weights[i] as number) - (units[i] as number) * whole) / next) % width]! += 1;
    }
    const inner = cutBucket(counts, width - 1, need);
    const b = inner.bucket;
    need = inner.need;
    const kept: Array<number> = [];
    for (let j = 0; j < m; j++) {
      const i = candidates[j] as number;
      const q = units[i] as number;
      const digit = Math.floor((t * (weights[i] as number) - q * whole) / next) % width;
      if (digit > b) units[i] = q + 1;
      else if (digit === b) kept.push(i);
    }
    candidates = kept;
    m = kept.length;
    scale = next;
  }
  if (need >= m || (scale <= 1 && compareTies === undefined)) {
    // all of them, or a run of equal remainders in index order: the first `need`
    for (let j = 0; j < m && j < need; j++) units[candidates[j] as number]! += 1;
    return units;
  }
  // the last few candidates (or a run of equal remainders): remainders fixed before any award
  const remainders = candidates.map((i) => t * (weights[i] as number) - (units[i] as number) * whole);
  awardBySort(candidates, remainders, need, compareTies, (i) => {
    units[i]! += 1;
  });
  return units;
};
