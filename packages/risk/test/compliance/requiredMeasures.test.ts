import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_H_MOSS,
  DEFAULT_MOSS,
  MOSS_CATEGORIES,
  requiredMeasures,
  SECURITY_LEVEL_NUMBERS,
  SECURITY_PHASE_NUMBERS,
  type SecuritySituation,
} from "@unsms/risk";
import { MossStandardsSchema } from "@unsms/risk/schema";

describe("requiredMeasures", () => {
  it("the default MOSS grows with the phase and the level", () => {
    const byPhase = ["none", ...SECURITY_PHASE_NUMBERS].map(
      (phase) => requiredMeasures(DEFAULT_MOSS, { system: "phases", phase: phase as "none" }).length,
    );
    expect(byPhase).toEqual([13, 20, 23, 24, 24, 24]);
    const byLevel = SECURITY_LEVEL_NUMBERS.map(
      (level) => requiredMeasures(DEFAULT_MOSS, { system: "levels", level }).length,
    );
    expect(byLevel).toEqual([14, 18, 21, 23, 24, 24]);
  });

  it("the defaults are valid standards covering every category (H-MOSS: all but residential and vehicles)", () => {
    expect(MossStandardsSchema.safeParse(DEFAULT_MOSS).success).toBe(true);
    expect(MossStandardsSchema.safeParse(DEFAULT_H_MOSS).success).toBe(true);
    expect(new Set(DEFAULT_MOSS.measures.map((m) => m.category))).toEqual(new Set(MOSS_CATEGORIES));
    expect(new Set(DEFAULT_H_MOSS.measures.map((m) => m.category))).toEqual(
      new Set(MOSS_CATEGORIES.filter((c) => c !== "residential" && c !== "vehicles")),
    );
  });

  it("fails closed: a situation that is not one requires every measure", () => {
    for (const situation of [
      { system: "levels", level: "high" },
      { system: "Phases", phase: "V" },
      { system: "phases", phase: "VI" },
      {},
    ])
      expect(requiredMeasures(DEFAULT_MOSS, situation as unknown as SecuritySituation)).toEqual(DEFAULT_MOSS.measures);
  });

  test.prop([fc.constantFrom(...SECURITY_LEVEL_NUMBERS), fc.constantFrom(...SECURITY_LEVEL_NUMBERS)])(
    "a higher level never requires fewer measures",
    (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const lower = requiredMeasures(DEFAULT_MOSS, { system: "levels", level: low }).map((m) => m.id);
      const higher = requiredMeasures(DEFAULT_MOSS, { system: "levels", level: high }).map((m) => m.id);
      for (const id of lower) expect(higher).toContain(id);
    },
  );
});
