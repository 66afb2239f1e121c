import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { Risk } from "@unsms/sdk";
import { fakeIo } from "../support/fakeIo";
import { expectError } from "../support/expectError";

const examples = fileURLToPath(new URL("../../../../docs/examples/risk/", import.meta.url));
const register = readFileSync(`${examples}register.json`, "utf8");
const inspection = readFileSync(`${examples}inspection.json`, "utf8");
const agencyMatrix = readFileSync(`${examples}agency-matrix.json`, "utf8");

describe("unsms risk matrix", () => {
  it("--json prints exactly the default matrix: rows by likelihood, columns by impact, lowest first", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["risk", "matrix", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["likelihood", "impact", "levels", "cells"]);
    // the risk package's default, not a copy of it: its tests hold its cells
    expect(body).toEqual(Risk.DEFAULT_RISK_MATRIX);
    expect(body["likelihood"]).toEqual(["Very unlikely", "Unlikely", "Moderately likely", "Likely", "Very likely"]);
  });

  it("prints a readable grid, highest likelihood on top", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["risk", "matrix"], io)).toBe(0);
    const lines = stdout().split("\n");
    expect(lines[0]).toMatch(/^likelihood \\ impact\s+Negligible\s+Minor\s+Moderate\s+Severe\s+Critical$/);
    expect(lines[2]).toMatch(/^Very likely\s+Medium\s+High\s+Very high\s+Unacceptable\s+Unacceptable$/);
    expect(stdout()).toContain("risk levels, lowest first: Very low, Low, Medium, High, Very high, Unacceptable");
  });

  it("a hostile 70 KB matrix (1 000 levels, 2 000 unknown cells) gives a small error: 100 issues, the levels named once (was ~60 MB)", async () => {
    const levels = Array.from({ length: 1_000 }, (_, k) => `level number ${k} of a hostile scale`);
    const matrix = JSON.stringify({
      likelihood: ["a", "b", "c"],
      impact: ["x", "y", "z"],
      levels,
      cells: Array.from({ length: 2_000 }, (_, k) => [`nowhere ${k}`]),
    });
    expect(matrix.length).toBeGreaterThan(50_000);
    const { io, stderr } = fakeIo({ "m.json": matrix });
    expect(await run(["risk", "matrix", "--input", "m.json", "--json"], io)).toBe(2);
    expect(stderr().length).toBeLessThan(30_000);
    const error = (
      JSON.parse(stderr()) as {
        error: { code: string; message: string; issues: ReadonlyArray<unknown>; omitted: number };
      }
    ).error;
    expect(error.code).toBe("InvalidRiskMatrix");
    expect(error.issues).toHaveLength(100);
    expect(error.omitted).toBe(3901);
    expect(error.message).toMatch(/4001 problems; first: /);
  });

  it("--input checks an agency's matrix: a valid 3×3 is printed, an invalid one exits 2 with every issue", async () => {
    const ok = fakeIo({ "m.json": agencyMatrix });
    expect(await run(["risk", "matrix", "--input", "m.json", "--json"], ok.io)).toBe(0);
    expect(JSON.parse(ok.stdout())).toEqual(JSON.parse(agencyMatrix));
    const bad = fakeIo({
      "m.json": JSON.stringify({
        ...(JSON.parse(agencyMatrix) as object),
        cells: [
          ["High", "Low", "Low"],
          ["Low", "Low"],
        ],
      }),
    });
    expect(await run(["risk", "matrix", "--input", "m.json", "--json"], bad.io)).toBe(2);
    expectError(bad.stderr(), "InvalidRiskMatrix", ["$.cells", "$.cells[1]", "$.cells[0][1]", "$.cells[1][0]"]);
  });
});

describe("unsms risk assess", () => {
  it("the sample register: exit 0 (a PC2 activity at High), JSON with every threat and the summary", async () => {
    const { io, stdout } = fakeIo({ "register.json": register });
    expect(await run(["risk", "assess", "--input", "register.json", "--json"], io)).toBe(0);
    const body = JSON.parse(stdout()) as {
      risks: Array<{ id: string; inherent: { level: string }; residual: { level: string } }>;
      summary: { highest: Array<{ id: string }>; mostEffective: Array<{ id: string }> };
      acceptability: { acceptable: boolean; ceiling: string };
    };
    expect(body.risks.map((risk) => `${risk.id} ${risk.inherent.level} → ${risk.residual.level}`)).toEqual([
      "T1 Very high → Low",
      "T2 Very high → Medium",
      "T3 Very high → Medium",
      "T4 High → Medium",
      "T5 High → Medium",
      "T6 Very high → High",
      "T7 Medium → Medium",
      "T8 High → High",
    ]);
    expect(body.summary.highest.map((risk) => risk.id)).toEqual(["T6", "T8", "T2", "T3", "T4"]);
    expect(body.summary.mostEffective[0]?.id).toBe("M-CONVOY");
    expect(body.acceptability).toMatchObject({ acceptable: true, ceiling: "High" });
  });

  it("exit 1 when the activity may not go ahead; the text report says why", async () => {
    const pc3 = JSON.stringify({ ...(JSON.parse(register) as object), programmeCriticality: "PC3" });
    const { io, stdout } = fakeIo({}, pc3);
    expect(await run(["risk", "assess"], io)).toBe(1);
    expect(stdout()).toContain(
      "NOT ACCEPTABLE: the residual risk High is above Medium, the highest acceptable for PC3",
    );
    expect(stdout()).toMatch(/T1\s+terrorism\s+premises\s+Very high\s+Low\s+control/);
  });

  it("exit 2 with every issue for a register that does not decode or does not hold together", async () => {
    const broken = fakeIo({ "r.json": JSON.stringify({ location: "x", threats: [{ id: "T1", category: "war" }] }) });
    expect(await run(["risk", "assess", "--input", "r.json", "--json"], broken.io)).toBe(2);
    const decodeError = JSON.parse(broken.stderr()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(decodeError.error.code).toBe("DecodeError");
    expect(decodeError.error.issues.map((issue) => issue.path)).toContain("$.threats[0].category");
    const inconsistent = fakeIo({
      "r.json": JSON.stringify({
        location: "x",
        threats: [
          {
            id: "T1",
            category: "crime",
            description: "d",
            likelihood: "Often",
            impact: "Minor",
            measures: ["nope"],
            response: "accept",
          },
        ],
      }),
    });
    expect(await run(["risk", "assess", "--input", "r.json", "--json"], inconsistent.io)).toBe(2);
    expectError(inconsistent.stderr(), "InvalidRegister", ["$.threats[0].likelihood", "$.threats[0].measures[0]"]);
  });
});

describe("unsms compliance score", () => {
  it("the sample inspection is below the required standard: exit 1, rates per category and unmet measures", async () => {
    const { io, stdout } = fakeIo({ "inspection.json": inspection });
    expect(await run(["compliance", "score", "--input", "inspection.json", "--json"], io)).toBe(1);
    const body = JSON.parse(stdout()) as {
      compliant: boolean;
      overall: { required: number; met: number; percent: string };
      byCategory: Array<{ category: string; percent: string }>;
      unmet: Array<{ id: string }>;
    };
    expect(body.compliant).toBe(false);
    expect(body.overall).toEqual({ required: 24, met: 18, percent: "75.0" });
    expect(body.byCategory.find((c) => c.category === "residential")?.percent).toBe("50.0");
    expect(body.unmet.map((m) => m.id)).toEqual(["PRM-3", "TEL-2", "MED-3", "TRN-2", "RES-2", "DOC-3"]);
  });

  it("exit 0 when the required percentage is reached; the text report lists the unmet measures", async () => {
    const lenient = JSON.stringify({ ...(JSON.parse(inspection) as object), requiredPercent: 75 });
    const { io, stdout } = fakeIo({ "i.json": lenient });
    expect(await run(["compliance", "score", "--input", "i.json"], io)).toBe(0);
    expect(stdout()).toContain("Overall: 18 of 24 required measures met (75.0%); required 75%: COMPLIANT");
    expect(stdout()).toContain(
      "1. [Very high] PRM-3 (premises) Safe room in every office — safe room under construction",
    );
  });

  it("exit 2 for a finding about a measure the standard does not have", async () => {
    const { io, stderr } = fakeIo(
      {},
      JSON.stringify({
        location: "x",
        standard: "H-MOSS",
        situation: { system: "levels", level: 2 },
        findings: [{ measure: "TEL-1", met: true }],
      }),
    );
    expect(await run(["compliance", "score", "--json"], io)).toBe(2);
    expectError(stderr(), "InvalidInspection", ["$.findings[0].measure"]);
  });
});

describe("unsms schema", () => {
  it("prints the JSON Schemas of the three inputs", async () => {
    const list = fakeIo();
    expect(await run(["schema", "--json"], list.io)).toBe(0);
    expect((JSON.parse(list.stdout()) as { schemas: Array<string> }).schemas).toEqual(
      expect.arrayContaining(["compliance-inspection", "risk-matrix", "risk-register"]),
    );
    for (const [name, required] of [
      ["risk-matrix", ["likelihood", "impact", "levels", "cells"]],
      ["risk-register", ["location", "threats"]],
      ["compliance-inspection", ["location", "standard", "situation", "findings"]],
    ] as const) {
      const { io, stdout } = fakeIo();
      expect(await run(["schema", name, "--json"], io)).toBe(0);
      const schema = JSON.parse(stdout()) as { type: string; required: Array<string> };
      expect(schema.type).toBe("object");
      expect(schema.required).toEqual(expect.arrayContaining([...required]));
    }
  });
});

describe("robustness", () => {
  const registerJson = JSON.parse(register) as Record<string, unknown>;
  const inspectionJson = JSON.parse(inspection) as Record<string, unknown>;
  // Inputs: any JSON, or a sample with one top-level field replaced by any JSON.
  const input = fc.oneof(
    fc.jsonValue(),
    fc
      .tuple(fc.constantFrom(...Object.keys(registerJson)), fc.jsonValue())
      .map(([key, value]) => ({ ...registerJson, [key]: value })),
    fc
      .tuple(fc.constantFrom(...Object.keys(inspectionJson)), fc.jsonValue())
      .map(([key, value]) => ({ ...inspectionJson, [key]: value })),
  );

  test.prop(
    [
      fc.constantFrom(["risk", "assess"], ["compliance", "score"], ["risk", "matrix", "--input", "in.json"]),
      input,
      fc.boolean(),
    ],
    { numRuns: 200 },
  )("whatever the input, the commands exit 0, 1 or 2 and never print a stack trace", async (command, value, json) => {
    const { io, stdout, stderr } = fakeIo({ "in.json": JSON.stringify(value) }, JSON.stringify(value));
    const code = await run([...command, ...(json ? ["--json"] : [])], io);
    expect([0, 1, 2]).toContain(code);
    expect(stderr()).not.toMatch(/\n\s+at .*:\d+:\d+/);
    if (code === 2) expect(stdout()).toBe("");
    if (json) expect(() => JSON.parse(code === 2 ? stderr() : stdout()) as unknown).not.toThrow();
  });
});
