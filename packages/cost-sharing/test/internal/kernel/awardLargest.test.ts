import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { awardLargest } from "../../../src/internal/kernel/awardLargest";

/** The indices awarded, in the order given. */
const awarded = (
  remainders: ReadonlyArray<number>,
  k: number,
  compareTies?: (a: number, b: number) => number,
  rounds?: number,
): Array<number> => {
  const winners: Array<number> = [];
  awardLargest(remainders, k, compareTies, (i) => winners.push(i), rounds);
  return winners.sort((a, b) => a - b);
};

/** The k largest by a full sort: remainder down, then `compareTies`, then index. */
const byFullSort = (
  remainders: ReadonlyArray<number>,
  k: number,
  compareTies?: (a: number, b: number) => number,
): Array<number> =>
  remainders
    .map((_, i) => i)
    .sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || compareTies?.(a, b) || a - b)
    .slice(0, k)
    .sort((a, b) => a - b);

// few distinct values, so that ties straddle the cut often
const remaindersArb = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 300 });
const caseArb = remaindersArb.chain((remainders) =>
  fc.tuple(fc.constant(remainders), fc.nat({ max: remainders.length - 1 })),
);

describe("awardLargest", () => {
  test.prop([caseArb])("awards the k largest, ties to the lower index", ([remainders, k]) => {
    expect(awarded(remainders, k)).toEqual(byFullSort(remainders, k));
  });

  test.prop([caseArb])("ties go to the index the comparator orders first (here: the higher)", ([remainders, k]) => {
    const higherFirst = (a: number, b: number): number => b - a;
    expect(awarded(remainders, k, higherFirst)).toEqual(byFullSort(remainders, k, higherFirst));
  });

  test.prop([caseArb])("the sort it falls back on answers like the quickselect", ([remainders, k]) => {
    expect(awarded(remainders, k, undefined, 0)).toEqual(awarded(remainders, k));
    expect(awarded(remainders, k, undefined, 1)).toEqual(byFullSort(remainders, k));
  });

  it("awards nothing when k is 0, and reads the remainders only", () => {
    const remainders = [3, 1, 2];
    expect(awarded(remainders, 0)).toEqual([]);
    expect(awarded(remainders, 2)).toEqual([0, 2]);
    expect(remainders).toEqual([3, 1, 2]);
  });
});
