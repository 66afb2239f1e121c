import { fc } from "@fast-check/vitest";

/** The keyed path's keys: `remainder × 256 + (255 − index)`, distinct, below `whole × 256`. */
export const keysOf = (remainders: ReadonlyArray<number>): Float64Array =>
  Float64Array.from(remainders, (r, i) => r * 256 + (255 - i));

/**
 * A keyed split's remainders (below `whole` ≤ 2^23, at most 256 of them, at least
 * `minSize`): spread over the range (what the interpolation guesses well) or bunched on a
 * few values (where its guesses miss, and equal remainders straddle the cut); and `k`,
 * the units to hand out, from 1 to the count less `spare`.
 */
export const keyedCaseArb = (
  minSize: number,
  spare: number,
): fc.Arbitrary<{ whole: number; remainders: Array<number>; k: number }> =>
  fc
    .record({
      whole: fc.integer({ min: 1, max: 8_388_608 }),
      size: fc.integer({ min: minSize, max: 256 }),
      bunched: fc.boolean(),
    })
    .chain(({ whole, size, bunched }) =>
      fc.record({
        whole: fc.constant(whole),
        remainders: fc.array(
          bunched ? fc.integer({ min: 0, max: Math.min(whole - 1, 3) }) : fc.integer({ min: 0, max: whole - 1 }),
          { minLength: size, maxLength: size },
        ),
        k: fc.integer({ min: 1, max: size - spare }),
      }),
    );
