import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  assessAcceptability,
  DEFAULT_ACCEPTABLE_RISK_POLICY,
  DEFAULT_RISK_MATRIX,
  PROGRAMME_CRITICALITIES,
  RISK_LEVELS,
  type AcceptableRiskPolicy,
} from "@unsms/risk";
import { AcceptableRiskPolicySchema } from "@unsms/risk/schema";

const verdict = (level: string, pc?: (typeof PROGRAMME_CRITICALITIES)[number], policy?: AcceptableRiskPolicy) =>
  Result.getOrThrow(assessAcceptability(DEFAULT_RISK_MATRIX, level, pc, policy)).acceptable;

describe("assessAcceptability with the default table", () => {
  it("the whole table: residual level × programme criticality", () => {
    const table = RISK_LEVELS.map((level) => [
      level,
      ...PROGRAMME_CRITICALITIES.map((pc) => (verdict(level, pc) ? "go" : "no")),
    ]);
    expect(table).toEqual([
      ["Very low", "go", "go", "go", "go"],
      ["Low", "go", "go", "go", "go"],
      ["Medium", "go", "go", "go", "go"],
      ["High", "go", "go", "no", "no"],
      ["Very high", "go", "no", "no", "no"],
      ["Unacceptable", "no", "no", "no", "no"],
    ]);
  });

  it("without a programme criticality, only below High", () => {
    expect(verdict("Medium")).toBe(true);
    expect(verdict("High")).toBe(false);
    const reasons = Result.getOrThrow(assessAcceptability(DEFAULT_RISK_MATRIX, "Very high", null)).reasons;
    expect(reasons).toEqual([
      "the residual risk Very high is High or above: the activity needs a programme criticality assessment before it may go ahead",
    ]);
  });

  it("says why not", () => {
    expect(Result.getOrThrow(assessAcceptability(DEFAULT_RISK_MATRIX, "Very high", "PC2"))).toEqual({
      acceptable: false,
      residual: "Very high",
      criticality: "PC2",
      ceiling: "High",
      reasons: [
        "the residual risk Very high is above High, the highest acceptable for PC2: lower it with more measures, or avoid or transfer it",
      ],
    });
  });

  it("an agency's own table replaces the default", () => {
    const cautious: AcceptableRiskPolicy = {
      ...DEFAULT_ACCEPTABLE_RISK_POLICY,
      ceilings: { PC1: "High", PC2: "Medium", PC3: "Low", PC4: "Low" },
      criticalityRequiredFrom: "Medium",
    };
    expect(verdict("Very high", "PC1", cautious)).toBe(false);
    expect(verdict("Medium", undefined, cautious)).toBe(false);
    expect(verdict("Low", "PC4", cautious)).toBe(true);
  });

  it("levels the matrix lacks are UnknownScaleValue errors with their path", () => {
    const residual = assessAcceptability(DEFAULT_RISK_MATRIX, "Extreme", "PC1");
    expect(Result.isFailure(residual) && "path" in residual.failure && residual.failure.path).toBe("$.residual");
    const policy = assessAcceptability(DEFAULT_RISK_MATRIX, "Low", "PC1", {
      ...DEFAULT_ACCEPTABLE_RISK_POLICY,
      ceilings: { ...DEFAULT_ACCEPTABLE_RISK_POLICY.ceilings, PC1: "Severe" },
    });
    expect(Result.isFailure(policy) && "path" in policy.failure && policy.failure.path).toBe("$.policy.ceilings.PC1");
  });

  it("the default table is documented data with its source", () => {
    expect(AcceptableRiskPolicySchema.safeParse(DEFAULT_ACCEPTABLE_RISK_POLICY).success).toBe(true);
    expect(DEFAULT_ACCEPTABLE_RISK_POLICY.source.year).toBe(2016);
  });

  test.prop([
    fc.constantFrom(...RISK_LEVELS),
    fc.constantFrom(...RISK_LEVELS),
    fc.constantFrom(...PROGRAMME_CRITICALITIES),
  ])("a lower residual risk is acceptable whenever a higher one is", (a, b, pc) => {
    const [low, high] = RISK_LEVELS.indexOf(a) <= RISK_LEVELS.indexOf(b) ? [a, b] : [b, a];
    if (verdict(high, pc)) expect(verdict(low, pc)).toBe(true);
  });

  it('a criticality that is not PC1–PC4 (a JavaScript caller\'s "__proto__") is an error, not a lookup on the policy object', () => {
    for (const criticality of ["__proto__", "constructor", "PC5"]) {
      const result = assessAcceptability(DEFAULT_RISK_MATRIX, "High", criticality as "PC1");
      expect(Result.isFailure(result) && result.failure).toMatchObject({
        _tag: "UnknownScaleValue",
        path: "$.criticality",
        received: JSON.stringify(criticality),
      });
    }
  });
});
