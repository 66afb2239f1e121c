import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { indexOf } from "../../src/internal/indexOf";
import { ratingAt } from "../../src/internal/ratingAt";
import { validMatrix } from "../support/arbitraries";

const matrixAndCell = validMatrix.chain((matrix) =>
  fc.tuple(
    fc.constant(matrix),
    fc.integer({ min: 0, max: matrix.likelihood.length - 1 }),
    fc.integer({ min: 0, max: matrix.impact.length - 1 }),
  ),
);

describe("ratingAt", () => {
  test.prop([matrixAndCell])(
    "without a rank map, the same rating as with the map built once (the level's position in the levels)",
    ([matrix, l, i]) => {
      const rating = ratingAt(matrix, l, i);
      expect(rating).toEqual(ratingAt(matrix, l, i, indexOf(matrix.levels)));
      expect(matrix.levels[rating.rank]).toBe(rating.level);
    },
  );
});
