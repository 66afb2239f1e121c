import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  mayTravel,
  requiredTraining,
  SECURITY_LEVEL_NUMBERS,
  SECURITY_PHASE_NUMBERS,
  TRAINING_RULES,
  type SecuritySituation,
  type TrainingRule,
} from "@unsms/risk";

const courses = (situation: SecuritySituation, rules?: ReadonlyArray<TrainingRule>) =>
  requiredTraining(situation, rules).map((rule) => rule.course);

describe("training rules (A/61/531 ¶22)", () => {
  it("the rules are data cited to ¶22", () => {
    expect(TRAINING_RULES.map((rule) => [rule.course, `${rule.source.document} ${rule.source.location}`])).toEqual([
      ["Basic Security in the Field", "A/61/531 ¶22"],
      ["Advanced Security in the Field", "A/61/531 ¶22"],
      ["Advanced Security in the Field", "A/61/531 ¶22"],
    ]);
  });

  it("the rule for the levels says it is our reading of ¶22, whose Chinese text says 安全级别", () => {
    const levels = TRAINING_RULES.filter((rule) => rule.appliesWhen.kind === "levels");
    expect(levels.map((rule) => rule.appliesWhen)).toEqual([{ kind: "levels", from: 1 }]);
    expect(levels[0]?.source.note).toContain("安全级别");
    expect(levels[0]?.source.note).toContain("our reading");
    expect(levels[0]?.source.note).toContain("Security Level System (2011)");
  });

  it("Basic always; Advanced for a location under any security phase", () => {
    expect(courses({ system: "phases", phase: "none" })).toEqual(["Basic Security in the Field"]);
    for (const phase of SECURITY_PHASE_NUMBERS)
      expect(courses({ system: "phases", phase })).toEqual([
        "Basic Security in the Field",
        "Advanced Security in the Field",
      ]);
  });

  it("Advanced at every security level (our reading of ¶22), so no one travels to level 6 with Basic alone", () => {
    for (const level of SECURITY_LEVEL_NUMBERS) {
      expect(courses({ system: "levels", level })).toEqual([
        "Basic Security in the Field",
        "Advanced Security in the Field",
      ]);
      const check = mayTravel({ situation: { system: "levels", level }, completed: ["Basic Security in the Field"] });
      expect(check.allowed).toBe(false);
      expect(check.missing.map((rule) => rule.course)).toEqual(["Advanced Security in the Field"]);
    }
  });

  it.each(SECURITY_LEVEL_NUMBERS)("at level %s, Basic and Advanced are enough", (level) => {
    expect(
      mayTravel({
        situation: { system: "levels", level },
        completed: ["Basic Security in the Field", "Advanced Security in the Field"],
      }),
    ).toEqual({ allowed: true, missing: [] });
  });

  it("an agency adds its own rule for the levels", () => {
    const agency: ReadonlyArray<TrainingRule> = [
      ...TRAINING_RULES,
      {
        course: "Safe and Secure Approaches in Field Environments",
        appliesWhen: { kind: "levels", from: 4 },
        description: "level 4 and above",
        source: { document: "Agency X", location: "§2", year: 2020 },
      },
    ];
    expect(courses({ system: "levels", level: 3 }, agency)).toEqual([
      "Basic Security in the Field",
      "Advanced Security in the Field",
    ]);
    expect(courses({ system: "levels", level: 4 }, agency)).toEqual([
      "Basic Security in the Field",
      "Advanced Security in the Field",
      "Safe and Secure Approaches in Field Environments",
    ]);
  });

  it("fails closed: a situation that is not one requires every rule, so no one travels on a misspelt phase", () => {
    const misspelt = { system: "Phases", phase: "V" } as unknown as SecuritySituation;
    expect(requiredTraining(misspelt)).toEqual(TRAINING_RULES);
    expect(requiredTraining({ system: "levels", level: 9 } as unknown as SecuritySituation, [])).toEqual([]);
    expect(mayTravel({ situation: misspelt, completed: ["Basic Security in the Field"] }).allowed).toBe(false);
  });

  it("mayTravel names the missing courses", () => {
    const check = mayTravel({
      situation: { system: "phases", phase: "III" },
      completed: ["Basic Security in the Field"],
    });
    expect(check.allowed).toBe(false);
    expect(check.missing.map((rule) => rule.course)).toEqual(["Advanced Security in the Field"]);
    expect(
      mayTravel({
        situation: { system: "phases", phase: "III" },
        completed: ["Basic Security in the Field", "Advanced Security in the Field"],
      }),
    ).toEqual({ allowed: true, missing: [] });
  });

  const situation: fc.Arbitrary<SecuritySituation> = fc.oneof(
    fc
      .constantFrom("none" as const, ...SECURITY_PHASE_NUMBERS)
      .map((phase): SecuritySituation => ({ system: "phases", phase })),
    fc.constantFrom(...SECURITY_LEVEL_NUMBERS).map((level): SecuritySituation => ({ system: "levels", level })),
  );

  test.prop([situation])("someone who completed every required course may travel; anyone missing one may not", (s) => {
    const required = courses(s);
    expect(mayTravel({ situation: s, completed: required }).allowed).toBe(true);
    for (const course of required)
      expect(mayTravel({ situation: s, completed: required.filter((c) => c !== course) }).allowed).toBe(false);
  });
});
