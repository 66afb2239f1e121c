import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { keyedCaseArb, keysOf } from "../../support/keyedCases";
import { awardTopKeys } from "../../../src/internal/kernel/awardTopKeys";

/** Whether the award was made, and the units after it (each 0 or 1). */
const award = (
  remainders: ReadonlyArray<number>,
  k: number,
  whole: number,
  compareTies?: (a: number, b: number) => number,
): { readonly made: boolean; readonly units: Array<number> } => {
  const units = remainders.map(() => 0);
  const made = awardTopKeys(keysOf(remainders), remainders.length, k, whole * 256, compareTies, units);
  return { made, units };
};

/** One unit to each of the k largest remainders by a full sort: remainder down, then `compareTies`, then index. */
const byFullSort = (
  remainders: ReadonlyArray<number>,
  k: number,
  compareTies?: (a: number, b: number) => number,
): Array<number> => {
  const winners = new Set(
    remainders
      .map((_, i) => i)
      .sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || compareTies?.(a, b) || a - b)
      .slice(0, k),
  );
  return remainders.map((_, i) => (winners.has(i) ? 1 : 0));
};

/** Whether equal remainders fall on both sides of the cut of the k largest. */
const tieStraddles = (remainders: ReadonlyArray<number>, k: number): boolean => {
  const sorted = [...remainders].sort((a, b) => b - a);
  return sorted[k - 1] === sorted[k];
};

// 0 < k < n: at least one key left out
const caseArb = keyedCaseArb(2, 1);

describe("awardTopKeys", () => {
  test.prop([caseArb])("without a comparator: the k largest, ties to the lower index", ({ whole, remainders, k }) => {
    expect(award(remainders, k, whole)).toEqual({ made: true, units: byFullSort(remainders, k) });
  });

  test.prop([caseArb])(
    "with a comparator: the same award, or none (false) exactly when equal remainders straddle the cut",
    ({ whole, remainders, k }) => {
      const higherFirst = (a: number, b: number): number => b - a;
      const { made, units } = award(remainders, k, whole, higherFirst);
      expect(made).toBe(!tieStraddles(remainders, k));
      if (made) expect(units).toEqual(byFullSort(remainders, k, higherFirst));
    },
  );

  it("leaves the units alone when it makes no award", () => {
    // remainders 5, 3, 3: one unit, and 5 takes it; two units, and the 3s tie across the cut
    expect(award([5, 3, 3], 1, 10, () => 0)).toEqual({ made: true, units: [1, 0, 0] });
    expect(award([5, 3, 3], 2, 10, () => 0)).toEqual({ made: false, units: [0, 0, 0] });
  });
});
