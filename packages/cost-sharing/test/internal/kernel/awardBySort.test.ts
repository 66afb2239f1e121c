import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { awardBySort } from "../../../src/internal/kernel/awardBySort";

/** Candidate indices, their remainders, and how many of them win a unit. */
type Case = readonly [candidates: ReadonlyArray<number>, remainders: ReadonlyArray<number>, need: number];

/** The candidates awarded, ascending. */
const awarded = (
  [candidates, remainders, need]: Case,
  compareTies?: (a: number, b: number) => number,
): Array<number> => {
  const winners: Array<number> = [];
  awardBySort(candidates, remainders, need, compareTies, (i) => winners.push(i));
  return winners.sort((a, b) => a - b);
};

/** The `need` best candidates by a comparison of each pair: remainder down, then `compareTies`, then index. */
const byPairs = (
  [candidates, remainders, need]: Case,
  compareTies?: (a: number, b: number) => number,
): Array<number> => {
  const order = (x: number, y: number): number =>
    (remainders[y] as number) - (remainders[x] as number) ||
    (compareTies?.(candidates[x] as number, candidates[y] as number) ?? 0) ||
    (candidates[x] as number) - (candidates[y] as number);
  // a candidate wins when fewer than `need` others come before it
  return candidates
    .filter((_, x) => candidates.filter((__, y) => y !== x && order(y, x) < 0).length < need)
    .sort((a, b) => a - b);
};

// distinct candidate indices in any order, remainders on a few values so that ties straddle the cut
const caseArb: fc.Arbitrary<Case> = fc
  .uniqueArray(fc.nat({ max: 500 }), { minLength: 1, maxLength: 60 })
  .chain((candidates) =>
    fc.tuple(
      fc.constant(candidates),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: candidates.length, maxLength: candidates.length }),
      fc.nat({ max: candidates.length }),
    ),
  );

describe("awardBySort", () => {
  test.prop([caseArb])("awards the candidates with the largest remainders, ties to the lower index", (c) => {
    expect(awarded(c)).toEqual(byPairs(c));
  });

  test.prop([caseArb])("ties go to the candidate the comparator orders first (here: the higher)", (c) => {
    const higherFirst = (a: number, b: number): number => b - a;
    expect(awarded(c, higherFirst)).toEqual(byPairs(c, higherFirst));
  });

  it("awards each winner once, and reads its arguments only", () => {
    const candidates = [7, 3, 5];
    const remainders = [1, 2, 2];
    expect(awarded([candidates, remainders, 2])).toEqual([3, 5]);
    expect(awarded([candidates, remainders, 0])).toEqual([]);
    expect(candidates).toEqual([7, 3, 5]);
    expect(remainders).toEqual([1, 2, 2]);
  });
});
