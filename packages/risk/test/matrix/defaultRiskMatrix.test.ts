import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_RISK_MATRIX_SOURCE,
  IMPACT_LEVELS,
  LIKELIHOOD_LEVELS,
  RISK_LEVELS,
  validateRiskMatrix,
} from "@unsms/risk";

describe("DEFAULT_RISK_MATRIX", () => {
  test("uses the SRM scales and every one of the six risk levels", () => {
    expect(DEFAULT_RISK_MATRIX.likelihood).toEqual([
      "Very unlikely",
      "Unlikely",
      "Moderately likely",
      "Likely",
      "Very likely",
    ]);
    expect(DEFAULT_RISK_MATRIX.impact).toEqual(["Negligible", "Minor", "Moderate", "Severe", "Critical"]);
    expect(DEFAULT_RISK_MATRIX.levels).toEqual(["Very low", "Low", "Medium", "High", "Very high", "Unacceptable"]);
    expect(LIKELIHOOD_LEVELS).toHaveLength(5);
    expect(IMPACT_LEVELS).toHaveLength(5);
    expect(new Set(DEFAULT_RISK_MATRIX.cells.flat())).toEqual(new Set(RISK_LEVELS));
  });

  test("is complete and monotone", () => {
    expect(Result.isSuccess(validateRiskMatrix(DEFAULT_RISK_MATRIX))).toBe(true);
  });

  test("follows the documented rule: the level of the sum of the ranks", () => {
    const bySum = ["Very low", "Very low", "Low", "Low", "Medium", "High", "Very high", "Unacceptable", "Unacceptable"];
    DEFAULT_RISK_MATRIX.cells.forEach((row, l) => row.forEach((cell, i) => expect(cell).toBe(bySum[l + i])));
  });

  test("says it is unsms's own assumption", () => {
    expect(DEFAULT_RISK_MATRIX_SOURCE.note).toMatch(/own documented assumption/);
  });
});
