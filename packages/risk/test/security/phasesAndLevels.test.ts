import { describe, expect, test } from "vitest";
import { SECURITY_LEVELS, SECURITY_PHASES } from "@unsms/risk";
import { SecuritySituationSchema } from "@unsms/risk/schema";

describe("SECURITY_PHASES", () => {
  test("I–V with their names, IV also called Emergency operations (FSH, January 2006)", () => {
    expect(SECURITY_PHASES.map((p) => [p.phase, p.name])).toEqual([
      ["I", "Precautionary"],
      ["II", "Restricted movement"],
      ["III", "Relocation"],
      ["IV", "Programme suspension"],
      ["V", "Evacuation"],
    ]);
    expect(SECURITY_PHASES[3]?.alsoCalled).toBe("Emergency operations");
  });

  test("the Designated Official declares I–II alone; III–V need the Secretary-General's prior authorization", () => {
    expect(SECURITY_PHASES.map((p) => p.priorAuthorization)).toEqual([
      null,
      null,
      "Secretary-General",
      "Secretary-General",
      "Secretary-General",
    ]);
    for (const p of SECURITY_PHASES) {
      expect(p.declaredBy).toBe("Designated Official");
      expect(p.source.year).toBe(2006);
    }
  });
});

describe("SECURITY_LEVELS", () => {
  test("1 Minimal to 6 Extreme, from 2011", () => {
    expect(SECURITY_LEVELS.map((l) => `${l.level} ${l.name}`)).toEqual([
      "1 Minimal",
      "2 Low",
      "3 Moderate",
      "4 Substantial",
      "5 High",
      "6 Extreme",
    ]);
    for (const l of SECURITY_LEVELS) expect(l.source.year).toBe(2011);
  });

  test("a situation is a phase (or none) or a level", () => {
    expect(SecuritySituationSchema.safeParse({ system: "phases", phase: "V" }).success).toBe(true);
    expect(SecuritySituationSchema.safeParse({ system: "levels", level: 6 }).success).toBe(true);
    expect(SecuritySituationSchema.safeParse({ system: "levels", level: 0 }).success).toBe(false);
    expect(SecuritySituationSchema.safeParse({ system: "phases", level: 3 }).success).toBe(false);
  });
});
