import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { keyedCaseArb, keysOf } from "../../support/keyedCases";
import { selectTopKeys } from "../../../src/internal/kernel/selectTopKeys";

/** The first `k` keys after the selection, and the `k` largest by a full sort, both ascending. */
const selectedAndSorted = (keys: Float64Array, k: number, bound: number): [Array<number>, Array<number>] => {
  const sorted = Array.from(keys).sort((a, b) => b - a);
  const scratch = keys.slice();
  selectTopKeys(scratch, keys.length, k, bound);
  expect(Array.from(scratch).sort((a, b) => a - b)).toEqual(Array.from(keys).sort((a, b) => a - b)); // a permutation
  return [Array.from(scratch.subarray(0, k)).sort((a, b) => a - b), sorted.slice(0, k).sort((a, b) => a - b)];
};

// every count of keys from 1, every k from 1 to all of them
const caseArb = keyedCaseArb(1, 0);

describe("selectTopKeys", () => {
  test.prop([caseArb])("moves the k largest keys to the front", ({ whole, remainders, k }) => {
    const [selected, largest] = selectedAndSorted(keysOf(remainders), k, whole * 256);
    expect(selected).toEqual(largest);
  });

  it("settles keys the interpolation misplaces: all at the top of the range, or all at the bottom", () => {
    const top = Float64Array.from({ length: 50 }, (_, i) => 1_000_000 * 256 - 1 - i);
    const bottom = Float64Array.from({ length: 50 }, (_, i) => i);
    for (const keys of [top, bottom])
      for (const k of [1, 25, 50]) {
        const [selected, largest] = selectedAndSorted(keys, k, 1_000_000 * 256);
        expect(selected).toEqual(largest);
      }
  });
});
