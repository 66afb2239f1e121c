import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  assessRegister,
  DEFAULT_RISK_MATRIX,
  mitigateRisk,
  rateRisk,
  THREAT_CATEGORIES,
  type RiskRegister,
  validateRiskMatrix,
} from "@unsms/risk";
import { readRiskRegister, RiskRegisterSchema } from "@unsms/risk/schema";
import { failureIssues } from "../../../../tools/vitest/failureIssues";
import { validMatrix } from "../support/arbitraries";
import { readSample } from "../support/samples";

const sample = (): RiskRegister => Result.getOrThrow(decode(RiskRegisterSchema, readSample("register.json")));

describe("assessRegister on docs/examples/risk/register.json", () => {
  const assessment = Result.getOrThrow(assessRegister(sample()));

  it("inherent and residual risk of every threat", () => {
    expect(assessment.risks.map((risk) => [risk.id, risk.inherent.level, risk.residual.level, risk.lowered])).toEqual([
      ["T1", "Very high", "Low", 3],
      ["T2", "Very high", "Medium", 2],
      ["T3", "Very high", "Medium", 2],
      ["T4", "High", "Medium", 1],
      ["T5", "High", "Medium", 1],
      ["T6", "Very high", "High", 1],
      ["T7", "Medium", "Medium", 0],
      ["T8", "High", "High", 0],
    ]);
    expect(assessment.risks[0]?.residual).toEqual({
      likelihood: "Unlikely",
      impact: "Moderate",
      level: "Low",
      rank: 1,
    });
    expect(assessment.risks[0]?.target).toBe("premises");
  });

  it("counts per level before and after", () => {
    expect(assessment.summary.counts).toEqual([
      { level: "Very low", inherent: 0, residual: 0 },
      { level: "Low", inherent: 0, residual: 1 },
      { level: "Medium", inherent: 1, residual: 5 },
      { level: "High", inherent: 3, residual: 2 },
      { level: "Very high", inherent: 4, residual: 0 },
      { level: "Unacceptable", inherent: 0, residual: 0 },
    ]);
  });

  it("the highest risks and the measures that lower the most risk", () => {
    expect(assessment.summary.highest.map((risk) => risk.id)).toEqual(["T6", "T8", "T2", "T3", "T4"]);
    expect(assessment.summary.mostEffective.map((m) => [m.id, m.appliedTo, m.levelsLowered])).toEqual([
      ["M-CONVOY", 2, 2],
      ["M-FILM", 2, 2],
      ["M-GUARDS", 2, 2],
      ["M-CURFEW", 1, 1],
      ["M-ESCORT", 1, 1],
      ["M-SAFEROOM", 1, 1],
      ["M-SETBACK", 1, 1],
    ]);
  });

  it("a PC2 activity may go ahead at High; a PC3 one may not", () => {
    expect(assessment.acceptability).toEqual({
      acceptable: true,
      residual: "High",
      criticality: "PC2",
      ceiling: "High",
      reasons: ["the residual risk High is within High, the highest acceptable for PC2"],
    });
    const pc3 = Result.getOrThrow(assessRegister({ ...sample(), programmeCriticality: "PC3" }));
    expect(pc3.acceptability.acceptable).toBe(false);
    const none = Result.getOrThrow(assessRegister({ ...sample(), programmeCriticality: undefined }));
    expect(none.acceptability.reasons[0]).toMatch(/needs a programme criticality assessment/);
  });

  it("top limits the highest risks", () => {
    expect(Result.getOrThrow(assessRegister(sample(), { top: 2 })).summary.highest.map((risk) => risk.id)).toEqual([
      "T6",
      "T8",
    ]);
  });

  it("top 0 (or below) lists no highest risks, and a top past the register lists them all", () => {
    for (const top of [0, -1, 0.9])
      expect(Result.getOrThrow(assessRegister(sample(), { top })).summary.highest).toEqual([]);
    expect(Result.getOrThrow(assessRegister(sample(), { top: 1 })).summary.highest.map((risk) => risk.id)).toEqual([
      "T6",
    ]);
    expect(Result.getOrThrow(assessRegister(sample(), { top: 100 })).summary.highest).toHaveLength(8);
  });

  it("the input is not mutated", () => {
    const register = sample();
    const before = JSON.stringify(register);
    assessRegister(register);
    expect(JSON.stringify(register)).toBe(before);
  });
});

describe("assessRegister errors", () => {
  it("lists every inconsistency with its path", () => {
    const register = sample();
    const result = assessRegister({
      ...register,
      matrix: { likelihood: ["a", "b"], impact: ["x", "y", "z"], levels: ["Low"], cells: [] },
      measures: [...register.measures, { ...register.measures[0]!, reduces: { likelihood: -1, impact: 0 } }],
      threats: [register.threats[0]!, { ...register.threats[0]!, measures: ["M-NOPE"] }],
    });
    expect(Result.isFailure(result)).toBe(true);
    const paths = Result.isFailure(result) ? result.failure.issues.map((issue) => issue.path) : [];
    expect(paths).toContain("$.matrix.likelihood");
    expect(paths).toContain("$.matrix.cells");
    expect(paths).toContain("$.measures[7].id");
    expect(paths).toContain("$.measures[7].reduces.likelihood");
    expect(paths).toContain("$.threats[1].id");
    expect(paths).toContain("$.threats[0].likelihood");
    expect(paths).toContain("$.threats[1].measures[0]");
    expect(paths).toContain("$.acceptableRisk.ceilings.PC1");
    expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidRegister");
  });
});

describe("a measure listed twice for one threat (it applies once)", () => {
  const convoy = (measures: ReadonlyArray<string>): unknown => ({
    location: "X",
    programmeCriticality: "PC3",
    measures: [
      { id: "M-CONVOY", description: "two-vehicle movement", reduces: { likelihood: 1, impact: 0 }, basis: "b" },
    ],
    threats: [
      {
        id: "T3",
        category: "crime",
        description: "carjacking",
        target: "staff",
        likelihood: "Likely",
        impact: "Severe",
        measures,
        response: "control",
      },
    ],
  });

  it("is refused at the repeat by assessRegister, instead of lowering the risk again", () => {
    const once = Result.getOrThrow(assessRegister(Result.getOrThrow(readRiskRegister(convoy(["M-CONVOY"])))));
    expect([once.risks[0]?.residual.level, once.acceptability.acceptable]).toEqual(["High", false]);
    const twice = assessRegister(convoy(["M-CONVOY", "M-CONVOY"]) as RiskRegister);
    expect(Result.isFailure(twice) && twice.failure._tag).toBe("InvalidRegister");
    expect(failureIssues(twice)).toEqual([
      {
        path: "$.threats[0].measures[1]",
        expected: "a measure not already applied to this threat (each applies once)",
        received: '"M-CONVOY"',
        message: '$.threats[0].measures[1]: "M-CONVOY" is already $.threats[0].measures[0]; a measure applies once',
      },
    ]);
  });

  it("is looked for within each threat: two threats may share a measure, a repeat in the second is found", () => {
    const register = convoy(["M-CONVOY"]) as { threats: Array<Record<string, unknown>> };
    const second = { ...register.threats[0], id: "T4", measures: ["M-CONVOY"] };
    const shared = assessRegister({ ...register, threats: [...register.threats, second] } as unknown as RiskRegister);
    expect(Result.isSuccess(shared) && shared.success.risks.map((risk) => risk.residual.level)).toEqual([
      "High",
      "High",
    ]);
    const repeated = { ...second, measures: ["M-CONVOY", "M-CONVOY"] };
    expect(
      failureIssues(
        assessRegister({ ...register, threats: [...register.threats, repeated] } as unknown as RiskRegister),
      ).map((issue) => issue.message),
    ).toEqual(['$.threats[1].measures[1]: "M-CONVOY" is already $.threats[1].measures[0]; a measure applies once']);
  });

  it("each repeat points back to the first listing, and an unknown measure repeated is reported unknown once", () => {
    expect(failureIssues(assessRegister(convoy(["M-CONVOY", "M-CONVOY", "M-CONVOY"]) as RiskRegister))).toEqual(
      [1, 2].map((m) => ({
        path: `$.threats[0].measures[${m}]`,
        expected: "a measure not already applied to this threat (each applies once)",
        received: '"M-CONVOY"',
        message: `$.threats[0].measures[${m}]: "M-CONVOY" is already $.threats[0].measures[0]; a measure applies once`,
      })),
    );
    expect(
      failureIssues(assessRegister(convoy(["M-NOPE", "M-NOPE"]) as RiskRegister)).map((issue) => issue.message),
    ).toEqual([
      '$.threats[0].measures[0]: no measure has the id "M-NOPE"',
      '$.threats[0].measures[1]: "M-NOPE" is already $.threats[0].measures[0]; a measure applies once',
    ]);
  });

  it("is refused at the repeat by readRiskRegister too", () => {
    const paths = failureIssues(readRiskRegister(convoy(["M-CONVOY", "M-CONVOY", "M-CONVOY"]))).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(["$.threats[0].measures[1]", "$.threats[0].measures[2]"]);
  });
});

const registerOn = validMatrix.chain((matrix) => {
  const measure = fc.record({
    likelihood: fc.integer({ min: 0, max: 3 }),
    impact: fc.integer({ min: 0, max: 3 }),
  });
  return fc.record({ measures: fc.array(measure, { maxLength: 5 }) }).chain(({ measures }) =>
    fc
      .array(
        fc.record({
          l: fc.nat({ max: matrix.likelihood.length - 1 }),
          i: fc.nat({ max: matrix.impact.length - 1 }),
          category: fc.constantFrom(...THREAT_CATEGORIES),
          applied: fc.subarray(measures.map((_, k) => `M${k}`)),
        }),
        { minLength: 1, maxLength: 8 },
      )
      .map((threats): RiskRegister => {
        const top = matrix.levels.at(-1) ?? "";
        return {
          location: "generated",
          matrix,
          acceptableRisk: {
            ceilings: { PC1: top, PC2: top, PC3: top, PC4: top },
            criticalityRequiredFrom: top,
            source: { document: "test", location: "-" },
          },
          measures: measures.map((reduces, k) => ({
            id: `M${k}`,
            description: `measure ${k}`,
            reduces,
            basis: "generated",
          })),
          threats: threats.map((t, k) => ({
            id: `T${k}`,
            category: t.category,
            description: `threat ${k}`,
            likelihood: matrix.likelihood[t.l] ?? "",
            impact: matrix.impact[t.i] ?? "",
            measures: t.applied,
            response: "control",
          })),
        };
      }),
  );
});

describe("assessRegister laws", () => {
  test.prop([registerOn])("the residual risk is never above the inherent risk, and the counts add up", (register) => {
    const assessment = Result.getOrThrow(assessRegister(register));
    for (const risk of assessment.risks) {
      expect(risk.residual.rank).toBeLessThanOrEqual(risk.inherent.rank);
      expect(risk.lowered).toBe(risk.inherent.rank - risk.residual.rank);
    }
    const total = (key: "inherent" | "residual") =>
      assessment.summary.counts.reduce((sum, count) => sum + count[key], 0);
    expect(total("inherent")).toBe(register.threats.length);
    expect(total("residual")).toBe(register.threats.length);
    for (const effect of assessment.summary.mostEffective) expect(effect.levelsLowered).toBeGreaterThanOrEqual(0);
  });

  test.prop([registerOn])(
    "every inherent and residual risk is what rateRisk and mitigateRisk give for the threat alone",
    (register) => {
      const assessment = Result.getOrThrow(assessRegister(register));
      const matrix = assessment.matrix;
      const byId = new Map(register.measures.map((measure) => [measure.id, measure]));
      register.threats.forEach((threat, k) => {
        const applied = threat.measures.flatMap((id) => byId.get(id) ?? []);
        expect(assessment.risks[k]?.inherent).toEqual(
          Result.getOrThrow(rateRisk(matrix, threat.likelihood, threat.impact)),
        );
        expect(assessment.risks[k]?.residual).toEqual(
          Result.getOrThrow(mitigateRisk(matrix, threat.likelihood, threat.impact, applied)),
        );
      });
    },
  );

  test.prop([registerOn, fc.nat(), fc.nat()])(
    "repeating a measure a threat already lists is refused at the repeat, by assessRegister and readRiskRegister alike",
    (register, t, m) => {
      const k = t % register.threats.length;
      const threat = register.threats[k]!;
      fc.pre(threat.measures.length > 0);
      const repeated = threat.measures[m % threat.measures.length]!;
      const threats = register.threats.map((other, j) =>
        j === k ? { ...other, measures: [...other.measures, repeated] } : other,
      );
      const path = `$.threats[${k}].measures[${threat.measures.length}]`;
      const twice = { ...register, threats };
      expect(failureIssues(assessRegister(twice)).map((issue) => issue.path)).toEqual([path]);
      expect(failureIssues(readRiskRegister(twice)).map((issue) => issue.path)).toContain(path);
    },
  );

  it("a register with 5 000 unknown measure ids gives a small error: 100 issues, the rest counted, the measure ids named once", () => {
    const measures = Array.from({ length: 1_000 }, (_, k) => ({
      id: `measure-${k}`,
      description: "d",
      reduces: { likelihood: 1, impact: 0 },
      basis: "b",
    }));
    const threats = Array.from({ length: 1_000 }, (_, k) => ({
      id: `T${k}`,
      category: "crime" as const,
      description: "d",
      likelihood: "Likely",
      impact: "Severe",
      measures: Array.from({ length: 5 }, (_, m) => `missing-${k}-${m}`),
      response: "control" as const,
    }));
    const result = assessRegister({ location: "x", measures, threats });
    if (!Result.isFailure(result)) throw new Error("expected a failure");
    expect(result.failure.issues).toHaveLength(100);
    expect(result.failure.issues[0]).toMatchObject({
      path: "$.threats[0].measures[0]",
      expected: "the id of a measure in $.measures",
    });
    expect(result.failure.omitted).toBe(4900);
    expect(result.failure.message).toMatch(
      /^the risk register is inconsistent: 5000 problems; first: .*\(measures: one of "measure-0", .* and 980 more\)$/,
    );
    expect(JSON.stringify(result.failure).length).toBeLessThan(30_000);
  });
});

describe("assessRegister with many repeated ids", () => {
  const measure = { id: "escort", description: "d", reduces: { likelihood: 1, impact: 0 }, basis: "b" };
  const threat = {
    id: "T1",
    category: "crime" as const,
    description: "d",
    likelihood: "Likely",
    impact: "Severe",
    measures: [],
    response: "control" as const,
  };

  it("70 000 threats and 70 000 measures sharing one id each are refused as inconsistent, 139 998 repeats counted", () => {
    const result = assessRegister({
      location: "x",
      measures: Array.from({ length: 70_000 }, () => measure),
      threats: Array.from({ length: 70_000 }, () => threat),
    });
    if (!Result.isFailure(result)) throw new Error("expected a failure");
    expect(result.failure._tag).toBe("InvalidRegister");
    expect(result.failure.message).toBe(
      'the risk register is inconsistent: 139998 problems; first: $.measures[1].id: "escort" is already the id of $.measures[0]',
    );
    expect(result.failure.issues).toHaveLength(100);
    expect(result.failure.issues.map((issue) => issue.path)).toEqual(
      Array.from({ length: 100 }, (_, k) => `$.measures[${k + 1}].id`),
    );
    expect(result.failure.issues[0]).toEqual({
      path: "$.measures[1].id",
      expected: "an id not already used",
      received: '"escort"',
      message: '$.measures[1].id: "escort" is already the id of $.measures[0]',
    });
    expect(result.failure.omitted).toBe(139_898);
  });

  it("the matrix's problems past the 100 it lists are counted too", () => {
    // 200 blank risk levels: each after the first repeats the first, and each is blank
    const matrix = { ...DEFAULT_RISK_MATRIX, levels: Array.from({ length: 200 }, () => " ") };
    const own = validateRiskMatrix(matrix);
    if (!Result.isFailure(own)) throw new Error("expected an invalid matrix");
    const ownCount = own.failure.issues.length + own.failure.omitted;
    expect(own.failure.omitted).toBeGreaterThan(0);
    const result = assessRegister({ location: "x", matrix, measures: [measure], threats: [threat, threat] });
    if (!Result.isFailure(result)) throw new Error("expected a failure");
    // the matrix's issues come first, under $.matrix; the repeated threat id is counted after them
    expect(result.failure.issues[0]?.path).toBe(`$.matrix${own.failure.issues[0]!.path.slice(1)}`);
    expect(result.failure.issues).toHaveLength(100);
    expect(result.failure.message).toMatch(/^the risk register is inconsistent: (\d+) problems;/);
    const counted = Number(/: (\d+) problems;/.exec(result.failure.message)?.[1]);
    expect(result.failure.omitted).toBe(counted - 100);
    // every problem of the matrix, the repeated threat id, and the five levels of the default
    // acceptable-risk policy, which the matrix's blank levels do not name
    expect(counted).toBe(ownCount + 1 + 5);
  });
});

describe("assessRegister refuses threat measures past their limit (1 000 000 ids together)", () => {
  // a real array claiming 2^32 - 1 ids costs nothing to build; the answer comes at once
  const huge = (): Array<string> => Object.assign([] as Array<string>, { length: 2 ** 32 - 1 });

  it("one threat's sparse list, at its path", () => {
    const register = sample();
    const threats = register.threats.map((threat, index) => (index === 1 ? { ...threat, measures: huge() } : threat));
    const result = assessRegister({ ...register, threats });
    expect(failureIssues(result).map((issue) => issue.path)).toEqual(["$.threats[1].measures"]);
  });

  it("lists that together pass the limit, at the threat that passes it", () => {
    const register = sample();
    const many = Object.assign([] as Array<string>, { length: 600_000 });
    const threats = register.threats.map((threat, index) => (index < 2 ? { ...threat, measures: many } : threat));
    expect(failureIssues(assessRegister({ ...register, threats })).map((issue) => issue.path)).toEqual([
      "$.threats[1].measures",
    ]);
  });
});

describe("assessRegister reads no scale of a matrix past its limit (1 000 000 names)", () => {
  it.each(["likelihood", "impact", "levels"] as const)(
    "a sparse %s claiming 2^32 − 1 names, holes only or a name then holes, is refused at its path under $.matrix",
    (scale) => {
      const register = sample();
      const matrix = register.matrix ?? DEFAULT_RISK_MATRIX;
      const onlyHoles: Array<string> = [];
      onlyHoles.length = 2 ** 32 - 1; // a real array of a few bytes: Array.isArray is true
      const oneThenHoles = [matrix[scale][0] ?? "Likely"];
      oneThenHoles.length = 2 ** 32 - 1;
      for (const names of [onlyHoles, oneThenHoles]) {
        const result = assessRegister({ ...register, matrix: { ...matrix, [scale]: names } });
        expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidRegister");
        expect(failureIssues(result)[0]).toMatchObject({
          path: `$.matrix.${scale}`,
          expected: "a list of names",
          received: "a list of 4294967295 items, not all names (at most 1000000)",
        });
      }
    },
  );
});
