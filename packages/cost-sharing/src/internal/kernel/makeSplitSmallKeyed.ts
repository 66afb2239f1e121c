import { exactQuotient } from "./exactQuotient";
import { KEYED_MAX_WEIGHTS, KEYED_MAX_WHOLE } from "./awardTopKeys";
import { selectTopKeys } from "./selectTopKeys";

/**
 * The number path of the largest remainder split for at most 256 weights adding up to at
 * most 2^23 (8 388 608 people), ties to the lower index: made once for `weights` (kept, not
 * copied: the caller owns them and never changes them), with its own scratch for the keys,
 * and returned as a function that writes the split of `t` minor units into `units`. Undefined
 * for more weights or a larger sum (the caller has checked `whole > 0`).
 *
 * One pass computes each floor and an integer key `remainder × 256 + (255 − index)`: below
 * 2^31, distinct, ordered by remainder and, among equal remainders, lower index first.
 * `selectTopKeys` moves the `k` largest keys to the front, and each winner's index is read
 * back from its key's low 8 bits (`key & 255`) and given one unit. The keys are doubles in a
 * `Float64Array`: a key is stored as computed, where an `Int32Array` would convert it (about
 * 15 ns more over 50 weights).
 *
 * Why a function made once: the weights, their sum and the scratch are then the returned
 * function's own, so its compiled loops read them from its closure whether or not V8
 * inlines it into the caller. Passed as arguments, as before, the split of 50 weights took
 * about 200 ns when V8 happened to inline it into `apportionInto` and about 280 ns when it
 * did not, which it decided differently from one process to the next
 * (`docs/performance.md`).
 *
 * The caller checks `t × maxWeight + whole ≤ 2^53` (with `t` the total's magnitude) before
 * each call, so every product and floor is exact (see `exactQuotient`). Calls must not
 * overlap (none can: no code of a caller's runs during one).
 *
 * @internal
 */
export const makeSplitSmallKeyed = (
  weights: Float64Array,
  whole: number,
): ((t: number, units: Float64Array) => void) | undefined => {
  const n = weights.length;
  if (n > KEYED_MAX_WEIGHTS || whole > KEYED_MAX_WHOLE) return undefined;
  const keys = new Float64Array(n);
  const bound = whole * 256;
  return (t, units) => {
    let assigned = 0;
    for (let i = 0; i < n; i++) {
      const a = t * (weights[i] as number);
      const q = exactQuotient(a, whole);
      const r = a - q * whole;
      units[i] = q;
      assigned += q;
      keys[i] = r * 256 + (255 - i); // r < 2^23: below 2^31, so `key & 255` reads the index back
    }
    const k = t - assigned; // 0 ≤ k < n
    if (k === 0) return;
    // its own award loop, not awardTopKeys': that one's element accesses see splitUnits' plain arrays (apportionInto 309 → 346 ns)
    selectTopKeys(keys, n, k, bound);
    for (let j = 0; j < k; j++) {
      const i = 255 - ((keys[j] as number) & 255);
      units[i] = (units[i] as number) + 1;
    }
  };
};
