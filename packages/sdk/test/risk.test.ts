import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import * as risk from "@unsms/risk";
import { Risk } from "@unsms/sdk";

describe("@unsms/sdk Risk", () => {
  test("re-exports every value of @unsms/risk under Risk", () => {
    for (const name of Object.keys(risk)) expect(Risk).toHaveProperty(name);
  });

  test("rates a risk and scores compliance through the sdk", () => {
    expect(Result.getOrThrow(Risk.rateRisk(Risk.DEFAULT_RISK_MATRIX, "Likely", "Severe")).level).toBe("Very high");
    const report = Result.getOrThrow(
      Risk.scoreCompliance({
        location: "x",
        standard: "MOSS",
        situation: { system: "levels", level: 1 },
        findings: [{ measure: "TEL-1", met: true }],
      }),
    );
    expect(report.overall).toMatchObject({ required: 14, met: 1, percent: "7.1" });
  });
});
