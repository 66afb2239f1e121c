import { exactQuotient } from "./exactQuotient";

/**
 * The first loop of every number path of the largest remainder split: for each weight `w`
 * at index `i`, writes the floor `q = floor(t × w / whole)` into `units[i]` and hands its
 * exact remainder `t × w − q × whole` to `visit(r, i)` (each path keeps something
 * different of it: the remainder itself, a radix count or a packed key); returns the sum
 * of the floors. The caller has checked `whole > 0` and `t × maxWeight + whole ≤ 2^53`,
 * so every product and floor is exact (see `exactQuotient`). Used by the number paths of
 * `splitUnits`: the keyed one (each remainder packed with its index in a key) and the radix
 * one (a count of its top digit). The keyed path of `apportionInto` keeps its own loop (a
 * closure per call is measurable at 50 weights: `docs/performance.md`).
 *
 * @internal
 */
export const floorsInto = (
  t: number,
  weights: ArrayLike<number>,
  whole: number,
  units: { [index: number]: number },
  visit: (remainder: number, index: number) => void,
): number => {
  const n = weights.length;
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const a = t * (weights[i] as number);
    const q = exactQuotient(a, whole);
    units[i] = q;
    assigned += q;
    visit(a - q * whole, i);
  }
  return assigned;
};
