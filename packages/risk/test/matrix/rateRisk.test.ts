import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { DEFAULT_RISK_MATRIX, rateRisk, validateRiskMatrix, type RiskMatrix } from "@unsms/risk";
import { anyRanks, toMatrix, validMatrix } from "../support/arbitraries";

describe("rateRisk", () => {
  it("reads the default matrix", () => {
    expect(Result.getOrThrow(rateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe"))).toEqual({
      likelihood: "Likely",
      impact: "Severe",
      level: "Very high",
      rank: 4,
    });
    expect(Result.getOrThrow(rateRisk(DEFAULT_RISK_MATRIX, "Very unlikely", "Negligible")).level).toBe("Very low");
    expect(Result.getOrThrow(rateRisk(DEFAULT_RISK_MATRIX, "Very likely", "Critical")).level).toBe("Unacceptable");
  });

  it("an unknown likelihood or impact is an UnknownScaleValue naming the scale", () => {
    const likelihood = rateRisk(DEFAULT_RISK_MATRIX, "Almost certain", "Critical");
    expect(Result.isFailure(likelihood) && likelihood.failure).toMatchObject({
      _tag: "UnknownScaleValue",
      path: "$.likelihood",
      received: '"Almost certain"',
    });
    const impact = rateRisk(DEFAULT_RISK_MATRIX, "Likely", "Catastrophic");
    expect(Result.isFailure(impact) && "expected" in impact.failure && impact.failure.expected).toBe(
      'one of "Negligible", "Minor", "Moderate", "Severe", "Critical"',
    );
  });

  it("takes only a validated matrix; one forged past the type gives no exception", () => {
    const holed: RiskMatrix = { ...DEFAULT_RISK_MATRIX, cells: [["Very low"]] };
    // @ts-expect-error a RiskMatrix that validateRiskMatrix has not checked is not a ValidRiskMatrix
    expect(() => rateRisk(holed, "Likely", "Severe")).not.toThrow();
    expect(Result.isFailure(validateRiskMatrix(holed))).toBe(true);
  });

  const cellPairs = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat());

  test.prop([validMatrix, cellPairs])(
    "risk is monotone in likelihood and impact for every valid matrix",
    (matrix, [a, b, c, d]) => {
      const rows = matrix.likelihood.length;
      const columns = matrix.impact.length;
      const [l1, l2] = [a % rows, b % rows].sort((x, y) => x - y) as [number, number];
      const [i1, i2] = [c % columns, d % columns].sort((x, y) => x - y) as [number, number];
      const rank = (l: number, i: number) =>
        Result.getOrThrow(rateRisk(matrix, matrix.likelihood[l] ?? "", matrix.impact[i] ?? "")).rank;
      expect(rank(l1, i1)).toBeLessThanOrEqual(rank(l2, i1));
      expect(rank(l1, i1)).toBeLessThanOrEqual(rank(l1, i2));
      expect(rank(l1, i1)).toBeLessThanOrEqual(rank(l2, i2));
    },
  );

  test.prop([anyRanks])(
    "whatever matrix the validator accepts, rateRisk is monotone on every pair of cells",
    (ranks) => {
      const checked = validateRiskMatrix(toMatrix(ranks));
      fc.pre(Result.isSuccess(checked));
      const matrix = Result.getOrThrow(checked);
      matrix.likelihood.forEach((l, li) =>
        matrix.impact.forEach((i, ii) => {
          const here = Result.getOrThrow(rateRisk(matrix, l, i)).rank;
          const up = matrix.likelihood[li + 1];
          const right = matrix.impact[ii + 1];
          if (up !== undefined) expect(Result.getOrThrow(rateRisk(matrix, up, i)).rank).toBeGreaterThanOrEqual(here);
          if (right !== undefined)
            expect(Result.getOrThrow(rateRisk(matrix, l, right)).rank).toBeGreaterThanOrEqual(here);
        }),
      );
    },
  );
});
