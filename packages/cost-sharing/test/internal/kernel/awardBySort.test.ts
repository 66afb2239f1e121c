import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { awardBySort } from "../../../src/internal/kernel/awardBySort";

/** The candidates awarded, ascending. */
const awarded = (
  candidates: ReadonlyArray<number>,
  remainders: ReadonlyArray<number>,
  need: number,
  compareTies?: (a: number, b: number) => number,
): Array<number> => {
  const winners: Array<number> = [];
  awardBySort(candidates, remainders, need, compareTies, (i) => winners.push(i));
  return winners.sort((a, b) => a - b);
};

/** The `need` best candidates by a comparison of each pair: remainder down, then `compareTies`, then index. */
const byPairs = (
  candidates: ReadonlyArray<number>,
  remainders: ReadonlyArray<number>,
  need: number,
  compareTies?: (a: number, b: number) => number,
): Array<number> => {
  const beats = (x: number, y: number): boolean =>
    (remainders[x] as number) > (remainders[y] as number) ||
    (remainders[x] === remainders[y] &&
      ((compareTies?.(candidates[x] as number, candidates[y] as number) ?? 0) < 0 ||
        ((compareTies?.(candidates[x] as number, candidates[y] as number) ?? 0) === 0 &&
          (candidates[x] as number) < (candidates[y] as number))));
  // a candidate wins when fewer than `need` others beat it
  return candidates
    .filter((_, x) => candidates.filter((__, y) => y !== x && beats(y, x)).length < need)
    .sort((a, b) => a - b);
};

// distinct candidate indices in any order, remainders on a few values so that ties straddle the cut
const caseArb = fc
  .uniqueArray(fc.nat({ max: 500 }), { minLength: 1, maxLength: 60 })
  .chain((candidates) =>
    fc.tuple(
      fc.constant(candidates),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: candidates.length, maxLength: candidates.length }),
      fc.nat({ max: candidates.length }),
    ),
  );

describe("awardBySort", () => {
  test.prop([caseArb])("awards the candidates with the largest remainders, ties to the lower index", ([c, r, need]) => {
    expect(awarded(c, r, need)).toEqual(byPairs(c, r, need));
  });

  test.prop([caseArb])("ties go to the candidate the comparator orders first (here: the higher)", ([c, r, need]) => {
    const higherFirst = (a: number, b: number): number => b - a;
    expect(awarded(c, r, need, higherFirst)).toEqual(byPairs(c, r, need, higherFirst));
  });

  it("awards each winner once, and reads its arguments only", () => {
    const candidates = [7, 3, 5];
    const remainders = [1, 2, 2];
    expect(awarded(candidates, remainders, 2)).toEqual([3, 5]);
    expect(awarded(candidates, remainders, 0)).toEqual([]);
    expect(candidates).toEqual([7, 3, 5]);
    expect(remainders).toEqual([1, 2, 2]);
  });
});
