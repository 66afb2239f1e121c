import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { DEFAULT_RISK_MATRIX, mitigateRisk, type MitigationMeasure, type ValidRiskMatrix } from "@unsms/risk";
import { validMatrix } from "../support/arbitraries";

const measure = (id: string, likelihood: number, impact: number): MitigationMeasure => ({
  id,
  description: id,
  reduces: { likelihood, impact },
  basis: "test",
});

const measureArb = fc
  .record({ l: fc.integer({ min: 0, max: 8 }), i: fc.integer({ min: 0, max: 8 }) })
  .map(({ l, i }) => measure("m", l, i));

const situation = fc.tuple(validMatrix, fc.nat(), fc.nat()).map(([matrix, a, b]) => ({
  matrix,
  likelihood: matrix.likelihood[a % matrix.likelihood.length] ?? "",
  impact: matrix.impact[b % matrix.impact.length] ?? "",
}));

const rank = (
  matrix: ValidRiskMatrix,
  likelihood: string,
  impact: string,
  measures: ReadonlyArray<MitigationMeasure>,
) => Result.getOrThrow(mitigateRisk(matrix, likelihood, impact, measures)).rank;

describe("mitigateRisk", () => {
  it("reductions add up and stop at the lowest level", () => {
    const residual = Result.getOrThrow(
      mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", [measure("a", 1, 0), measure("b", 1, 1)]),
    );
    expect(residual).toEqual({ likelihood: "Unlikely", impact: "Moderate", level: "Low", rank: 1 });
    const floor = Result.getOrThrow(mitigateRisk(DEFAULT_RISK_MATRIX, "Unlikely", "Minor", [measure("a", 5, 5)]));
    expect(floor).toEqual({ likelihood: "Very unlikely", impact: "Negligible", level: "Very low", rank: 0 });
  });

  it("without measures the residual is the inherent risk", () => {
    expect(Result.getOrThrow(mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Critical", []))).toEqual({
      likelihood: "Likely",
      impact: "Critical",
      level: "Unacceptable",
      rank: 5,
    });
  });

  it("a negative or fractional reduction is an InvalidMitigation, never a higher risk", () => {
    const negative = mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", [
      measure("ok", 1, 0),
      measure("bad", 0, -1),
    ]);
    expect(Result.isFailure(negative) && negative.failure).toMatchObject({
      _tag: "InvalidMitigation",
      path: "$.measures[1].reduces.impact",
      received: "-1",
    });
    const fraction = mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", [measure("half", 0.5, 0)]);
    expect(Result.isFailure(fraction) && "expected" in fraction.failure && fraction.failure.expected).toBe(
      "a whole number of levels, 0 or more",
    );
  });

  it("an unknown level is an UnknownScaleValue", () => {
    const result = mitigateRisk(DEFAULT_RISK_MATRIX, "Often", "Severe", []);
    expect(Result.isFailure(result) && result.failure._tag).toBe("UnknownScaleValue");
  });

  test.prop([situation, fc.array(measureArb, { maxLength: 4 })])(
    "a mitigation never raises risk: the residual is never above the inherent risk",
    ({ matrix, likelihood, impact }, measures) => {
      expect(rank(matrix, likelihood, impact, measures)).toBeLessThanOrEqual(rank(matrix, likelihood, impact, []));
    },
  );

  test.prop([situation, fc.array(measureArb, { maxLength: 4 }), measureArb])(
    "adding a measure never raises the residual risk",
    ({ matrix, likelihood, impact }, measures, extra) => {
      expect(rank(matrix, likelihood, impact, [...measures, extra])).toBeLessThanOrEqual(
        rank(matrix, likelihood, impact, measures),
      );
    },
  );
});
