import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import { makeRatio } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RISK_MATRIX,
  DEFAULT_MOSS,
  MOSS_CATEGORIES,
  RISK_LEVELS,
  scoreCompliance,
  SECURITY_LEVEL_NUMBERS,
  SECURITY_PHASE_NUMBERS,
  type Inspection,
  type MossMeasure,
  type MossStandards,
  type SecuritySituation,
  type ValidRiskMatrix,
} from "@unsms/risk";
import { InspectionSchema } from "@unsms/risk/schema";
import { readSample } from "../support/samples";
import { withHalfTheStack } from "../support/withHalfTheStack";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

const sample = (): Inspection => Result.getOrThrow(decode(InspectionSchema, readSample("inspection.json")));

describe("scoreCompliance on docs/examples/risk/inspection.json", () => {
  const report = Result.getOrThrow(scoreCompliance(sample()));

  it("18 of the 24 measures required under phase III are met: 75.0 per cent, below the required 100", () => {
    expect(report.overall).toEqual({
      required: 24,
      met: 18,
      rate: { numerator: 3n, denominator: 4n },
      percent: "75.0",
    });
    expect(report.compliant).toBe(false);
    expect(report.requiredPercent).toBe(100);
    expect(report.standard).toEqual({ name: "MOSS", edition: "unsms template 0.1" });
  });

  it("per category", () => {
    expect(report.byCategory.map((c) => [c.category, c.met, c.required, c.percent])).toEqual([
      ["telecommunications", 2, 3, "66.7"],
      ["documentation", 2, 3, "66.7"],
      ["coordination", 3, 3, "100.0"],
      ["medical", 2, 3, "66.7"],
      ["equipment", 2, 2, "100.0"],
      ["vehicles", 2, 2, "100.0"],
      ["premises", 2, 3, "66.7"],
      ["training", 2, 3, "66.7"],
      ["residential", 1, 2, "50.0"],
    ]);
  });

  it("unmet measures, highest risk left open first; a measure without a finding counts as unmet", () => {
    expect(report.unmet.map((m) => [m.id, m.riskIfUnmet, m.inspected])).toEqual([
      ["PRM-3", "Very high", true],
      ["TEL-2", "High", true],
      ["MED-3", "High", true],
      ["TRN-2", "High", false],
      ["RES-2", "High", true],
      ["DOC-3", "Low", true],
    ]);
    expect(report.unmet[0]?.note).toBe("safe room under construction");
    expect(report.unmet[3]?.recommendation).toMatch(/^Inspect this measure; until then it counts as not met\. /);
  });

  it("a lower phase requires fewer measures; findings it does not require are listed apart", () => {
    const phaseOne = Result.getOrThrow(scoreCompliance({ ...sample(), situation: { system: "phases", phase: "I" } }));
    expect(phaseOne.overall.required).toBe(20);
    expect(phaseOne.notRequired).toEqual(["MED-3", "VEH-2", "PRM-2", "PRM-3"]);
  });

  it("the required percentage decides compliance exactly", () => {
    expect(Result.getOrThrow(scoreCompliance({ ...sample(), requiredPercent: 75 })).compliant).toBe(true);
    expect(Result.getOrThrow(scoreCompliance({ ...sample(), requiredPercent: 76 })).compliant).toBe(false);
  });
});

const situationArb: fc.Arbitrary<SecuritySituation> = fc.oneof(
  fc
    .constantFrom("none" as const, ...SECURITY_PHASE_NUMBERS)
    .map((phase): SecuritySituation => ({ system: "phases", phase })),
  fc.constantFrom(...SECURITY_LEVEL_NUMBERS).map((level): SecuritySituation => ({ system: "levels", level })),
);

describe("scoreCompliance errors", () => {
  it("lists every inconsistency", () => {
    const standards: MossStandards = {
      ...DEFAULT_MOSS,
      measures: [...DEFAULT_MOSS.measures, { ...DEFAULT_MOSS.measures[0]!, riskIfUnmet: "Severe" }],
    };
    const result = scoreCompliance({
      ...sample(),
      standards,
      requiredPercent: 120,
      findings: [
        { measure: "TEL-1", met: true },
        { measure: "TEL-1", met: false },
        { measure: "XYZ", met: true },
      ],
    });
    expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidInspection");
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => issue.path)).toEqual([
      "$.requiredPercent",
      "$.standards.measures[24].id",
      "$.standards.measures[24].riskIfUnmet",
      "$.findings[1].measure",
      "$.findings[2].measure",
    ]);
  });

  it("a situation that is not one is refused, instead of requiring nothing and being compliant", () => {
    const score = (situation: unknown) =>
      scoreCompliance({ ...sample(), findings: [], situation: situation as SecuritySituation });
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [{ system: "levels", level: "high" }, "$.situation.level"],
      [{ system: "Phases", phase: "V" }, "$.situation.system"],
      [{ system: "phases", phase: "VI" }, "$.situation.phase"],
      [{}, "$.situation.system"],
      [undefined, "$.situation"],
    ];
    for (const [situation, path] of cases) {
      const result = score(situation);
      expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidInspection");
      expect(failureIssues(result).map((issue) => issue.path)).toEqual([path]);
    }
  });

  it("fails closed as requiredMeasures does: a measure whose requiredFrom cannot be read makes every measure required", () => {
    const measures = DEFAULT_MOSS.measures.map((measure, index) =>
      index === 0 ? ({ ...measure, requiredFrom: undefined } as unknown as MossMeasure) : measure,
    );
    const report = scoreCompliance({
      ...sample(),
      situation: { system: "phases", phase: "none" },
      standards: { ...DEFAULT_MOSS, measures },
    });
    expect(Result.isSuccess(report) && report.success.overall.required).toBe(DEFAULT_MOSS.measures.length);
  });

  test.prop([situationArb])("every real situation is accepted", (situation) => {
    expect(Result.isSuccess(scoreCompliance({ ...sample(), situation }))).toBe(true);
  });

  it("a matrix of the wrong shape in the options is named by the option, in the path and in the message", () => {
    const matrix = { ...DEFAULT_RISK_MATRIX, cells: "none" } as unknown as ValidRiskMatrix;
    const result = scoreCompliance(sample(), { matrix });
    const [issue] = Result.isFailure(result) ? result.failure.issues : [];
    expect(issue?.path).toBe("options.matrix.cells");
    expect(issue?.message).toMatch(/^options\.matrix\.cells: /);
  });
});

describe("scoreCompliance with many repeated ids", () => {
  const inspectionOf = (measures: number, findings: number): Inspection => ({
    location: "x",
    standard: "MOSS",
    situation: { system: "phases", phase: "none" },
    standards: { ...DEFAULT_MOSS, measures: Array.from({ length: measures }, () => DEFAULT_MOSS.measures[0]!) },
    findings: Array.from({ length: findings }, () => ({ measure: DEFAULT_MOSS.measures[0]!.id, met: true })),
  });

  it("100 000 measures of one id and 100 000 findings for one measure: 199 998 problems, the first 100 listed", () => {
    const result = scoreCompliance(inspectionOf(100_000, 100_000));
    if (!Result.isFailure(result)) throw new Error("expected a failure");
    expect(result.failure._tag).toBe("InvalidInspection");
    expect(result.failure.message).toBe(
      'the inspection is inconsistent: 199998 problems; first: $.standards.measures[1].id: "TEL-1" is already the id of $.standards.measures[0]',
    );
    expect(result.failure.issues.map((issue) => issue.path)).toEqual(
      Array.from({ length: 100 }, (_, k) => `$.standards.measures[${k + 1}].id`),
    );
    expect(result.failure.omitted).toBe(199_898);
  });

  it("is refused the same way when called with half the stack in use (the repeats are never spread into arguments)", () => {
    const result = withHalfTheStack(() => scoreCompliance(inspectionOf(100_000, 0)));
    if (!Result.isFailure(result)) throw new Error("expected a failure");
    expect(result.failure.message).toMatch(
      /^the inspection is inconsistent: 99999 problems; first: \$\.standards\.measures\[1\]\.id: /,
    );
    expect(result.failure.issues).toHaveLength(100);
    expect(result.failure.omitted).toBe(99_899);
  });
});

const measureArb = (id: string): fc.Arbitrary<MossMeasure> =>
  fc.record({
    id: fc.constant(id),
    category: fc.constantFrom(...MOSS_CATEGORIES),
    description: fc.constant(`measure ${id}`),
    requiredFrom: fc.record({
      phase: fc.constantFrom("none" as const, ...SECURITY_PHASE_NUMBERS),
      level: fc.constantFrom(...SECURITY_LEVEL_NUMBERS),
    }),
    riskIfUnmet: fc.constantFrom(...RISK_LEVELS),
    recommendation: fc.constant("do it"),
  });

const inspectionArb = fc
  .integer({ min: 1, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => measureArb(`M${k}`))))
  .chain((measures) =>
    fc
      .record({
        situation: situationArb,
        requiredPercent: fc.integer({ min: 0, max: 100 }),
        findings: fc.tuple(...measures.map(() => fc.constantFrom("met" as const, "unmet" as const, "absent" as const))),
      })
      .map(({ situation, requiredPercent, findings }): Inspection => ({
        location: "generated",
        standard: "MOSS",
        standards: { name: "MOSS", edition: "generated", source: { document: "test", location: "-" }, measures },
        situation,
        requiredPercent,
        findings: measures.flatMap((measure, k) =>
          findings[k] === "absent" ? [] : [{ measure: measure.id, met: findings[k] === "met" }],
        ),
      })),
  );

const isRequired = (measure: MossMeasure, situation: SecuritySituation): boolean => {
  const rank = (phase: string) => (phase === "none" ? 0 : SECURITY_PHASE_NUMBERS.indexOf(phase as never) + 1);
  return situation.system === "phases"
    ? rank(measure.requiredFrom.phase) <= rank(situation.phase)
    : measure.requiredFrom.level <= situation.level;
};

describe("compliance laws", () => {
  test.prop([inspectionArb])(
    "the compliance rate equals met / total exactly, overall and per category",
    (inspection) => {
      const report = Result.getOrThrow(scoreCompliance(inspection));
      const measures = inspection.standards?.measures ?? [];
      const required = measures.filter((m) => isRequired(m, inspection.situation));
      const met = required.filter((m) => inspection.findings.some((f) => f.measure === m.id && f.met));
      expect(report.overall.required).toBe(required.length);
      expect(report.overall.met).toBe(met.length);
      if (required.length === 0) expect(report.overall.rate).toBeNull();
      else expect(report.overall.rate).toEqual(Result.getOrThrow(makeRatio(met.length, required.length)));
      for (const c of report.byCategory) {
        const inCategory = required.filter((m) => m.category === c.category);
        expect(c.required).toBe(inCategory.length);
        expect(c.met).toBe(met.filter((m) => m.category === c.category).length);
      }
      expect(report.unmet).toHaveLength(required.length - met.length);
      expect(report.compliant).toBe(met.length * 100 >= report.requiredPercent * required.length);
      const ranks = report.unmet.map((m) => RISK_LEVELS.indexOf(m.riskIfUnmet as never));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    },
  );

  test.prop([inspectionArb, fc.constantFrom(...MOSS_CATEGORIES)])(
    "adding a met measure never lowers the compliance rate",
    (inspection, category) => {
      const before = Result.getOrThrow(scoreCompliance(inspection));
      const standards = inspection.standards!;
      const extra: MossMeasure = {
        id: "EXTRA",
        category,
        description: "added",
        requiredFrom: { phase: "none", level: 1 },
        riskIfUnmet: "Low",
        recommendation: "-",
      };
      const after = Result.getOrThrow(
        scoreCompliance({
          ...inspection,
          standards: { ...standards, measures: [...standards.measures, extra] },
          findings: [...inspection.findings, { measure: "EXTRA", met: true }],
        }),
      );
      expect(after.overall.required).toBe(before.overall.required + 1);
      expect(after.overall.met).toBe(before.overall.met + 1);
      const b = before.overall.rate;
      const a = after.overall.rate!;
      if (b !== null) expect(a.numerator * b.denominator >= b.numerator * a.denominator).toBe(true);
      if (before.compliant) expect(after.compliant).toBe(true);
    },
  );
});
