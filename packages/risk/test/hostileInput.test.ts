import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import { buildHostile } from "../../../tools/vitest/hostile";
import {
  assessAcceptability,
  assessRegister,
  canDeclarePhase,
  DEFAULT_MOSS,
  DEFAULT_RISK_MATRIX,
  mayTravel,
  mitigateRisk,
  rateRisk,
  requiredMeasures,
  requiredTraining,
  scoreCompliance,
  TRAINING_RULES,
  validateRiskMatrix,
} from "@unsms/risk";

// Issue 16 item 5: whatever a plain JavaScript caller passes, an answer, never an exception
// (the every-function property over hostile values is packages/sdk/test/hostile.test.ts).
const revoked = (): object => buildHostile({ special: "revoked proxy" }) as object;
const tagOf = (result: Result.Result<unknown, { readonly _tag: string }>): string | undefined =>
  Result.isFailure(result) ? result.failure._tag : undefined;

describe("hostile values are errors, not exceptions", () => {
  it.each([
    ["a revoked proxy", revoked()],
    ["null", null],
    [
      "scales as array-likes with a huge length",
      { likelihood: { length: 2 ** 32 - 1 }, impact: [], levels: [], cells: [] },
    ],
  ])("%s as the matrix is an InvalidRiskMatrix", (_, matrix) => {
    expect(tagOf(validateRiskMatrix(matrix as never))).toBe("InvalidRiskMatrix");
    expect(tagOf(rateRisk(matrix as never, "Likely", "Severe"))).toBe("InvalidRiskMatrix");
    expect(tagOf(mitigateRisk(matrix as never, "Likely", "Severe", []))).toBe("InvalidRiskMatrix");
    expect(tagOf(assessAcceptability(matrix as never, "Low"))).toBe("InvalidRiskMatrix");
  });

  it("registers and inspections that cannot be read are InvalidRegister and InvalidInspection", () => {
    expect(tagOf(assessRegister(revoked() as never))).toBe("InvalidRegister");
    expect(tagOf(assessRegister({ threats: { length: 2 ** 32 - 1 }, measures: [] } as never))).toBe("InvalidRegister");
    expect(tagOf(scoreCompliance(revoked() as never))).toBe("InvalidInspection");
    expect(tagOf(scoreCompliance({ findings: "all met" } as never))).toBe("InvalidInspection");
    expect(tagOf(mitigateRisk(DEFAULT_RISK_MATRIX, "Likely", "Severe", { length: 2 ** 32 - 1 } as never))).toBe(
      "InvalidMitigation",
    );
  });

  it("the answers without an error channel fail closed", () => {
    expect(canDeclarePhase(revoked() as never)).toMatchObject({ allowed: false });
    expect(canDeclarePhase({ declarer: "Designated Official", phase: "II" }, revoked() as never).allowed).toBe(false);
    expect(mayTravel({ situation: { system: "phases", phase: "none" }, completed: "everything" } as never)).toEqual({
      allowed: false,
      missing: TRAINING_RULES,
    });
    expect(requiredTraining(revoked() as never)).toEqual(TRAINING_RULES);
    expect(requiredMeasures(DEFAULT_MOSS, revoked() as never)).toEqual(DEFAULT_MOSS.measures);
    expect(requiredMeasures(revoked() as never, { system: "levels", level: 6 })).toEqual([]);
  });
});

describe("what was received is described by core's describeValue", () => {
  it.each([
    [[3], "$.threats[0]", "3"],
    [[null], "$.threats[0]", "null"],
    [{ length: 2 ** 32 - 1 }, "$.threats", "an object"],
    [undefined, "$.threats", "nothing (missing)"],
  ])("threats %#", (threats, path, received) => {
    const result = assessRegister({ threats, measures: [] } as never);
    expect(Result.isFailure(result) && result.failure.issues[0]).toMatchObject({ path, received });
  });
});
