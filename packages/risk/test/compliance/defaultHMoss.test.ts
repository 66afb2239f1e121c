import { describe, expect, it } from "vitest";
import { DEFAULT_H_MOSS } from "@unsms/risk";

describe("DEFAULT_H_MOSS's training measure", () => {
  it("cites the training standards for UN security officers to ¶28's closing sentence, not ¶28 (g)", () => {
    const training = DEFAULT_H_MOSS.measures.find((measure) => measure.id === "H-TRN-1");
    expect(training?.recommendation).toContain("(A/61/531 ¶28, closing sentence)");
    expect(DEFAULT_H_MOSS.measures.filter((measure) => /¶28 ?\(g\)/.test(measure.recommendation))).toEqual([]);
  });
});
