import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { DEFAULT_RISK_MATRIX, validateRiskMatrix, type RiskMatrix } from "@unsms/risk";
import { readRiskMatrix, RiskMatrixSchema } from "@unsms/risk/schema";
import { anyRanks, brokenCellMatrix, isMonotone, toMatrix, validMatrix } from "../support/arbitraries";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

const three: RiskMatrix = {
  likelihood: ["Unlikely", "Possible", "Likely"],
  impact: ["Minor", "Moderate", "Severe"],
  levels: ["Low", "Medium", "High"],
  cells: [
    ["Low", "Low", "Medium"],
    ["Low", "Medium", "High"],
    ["Medium", "High", "High"],
  ],
};

const issuesOf = (matrix: RiskMatrix) => failureIssues(validateRiskMatrix(matrix));

describe("validateRiskMatrix", () => {
  it("accepts the default 5×5 and a 3×3, unchanged", () => {
    expect(Result.getOrThrow(validateRiskMatrix(DEFAULT_RISK_MATRIX))).toBe(DEFAULT_RISK_MATRIX);
    expect(Result.getOrThrow(validateRiskMatrix(three))).toBe(three);
  });

  it("accepts a 7×7 and a 3×7", () => {
    const seven = Array.from({ length: 7 }, (_, k) => `S${k}`);
    const levels = Array.from({ length: 13 }, (_, k) => `R${k}`);
    const square: RiskMatrix = {
      likelihood: seven,
      impact: seven,
      levels,
      cells: seven.map((_, l) => seven.map((__, i) => `R${l + i}`)),
    };
    expect(Result.isSuccess(validateRiskMatrix(square))).toBe(true);
    const wide: RiskMatrix = {
      likelihood: ["a", "b", "c"],
      impact: seven,
      levels,
      cells: ["a", "b", "c"].map((_, l) => seven.map((__, i) => `R${l + i}`)),
    };
    expect(Result.isSuccess(validateRiskMatrix(wide))).toBe(true);
  });

  it("rejects sizes below 3 and above 7", () => {
    const eight = Array.from({ length: 8 }, (_, k) => `S${k}`);
    const issues = issuesOf({
      likelihood: ["a", "b"],
      impact: eight,
      levels: ["x"],
      cells: [eight.map(() => "x"), eight.map(() => "x")],
    });
    expect(issues.map((issue) => issue.path)).toEqual(["$.likelihood", "$.impact"]);
    expect(issues[0]?.expected).toBe("3 to 7 likelihood levels");
    expect(issues[1]?.received).toBe("8");
  });

  it("lists every problem at once: duplicates, missing rows and cells, unknown levels, broken monotonicity", () => {
    const issues = issuesOf({
      likelihood: ["Unlikely", "Unlikely", "Likely"],
      impact: ["Minor", "Moderate", "Severe"],
      levels: ["Low", "Medium", "High"],
      cells: [
        ["Low", "Medium", "Low"],
        ["Low", "Extreme"],
      ],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      "$.likelihood[1]",
      "$.cells",
      "$.cells[1]",
      "$.cells[1][1]",
      "$.cells[0][2]",
    ]);
    expect(issues[4]?.expected).toBe('at least "Medium" (the level at $.cells[0][1], a lower impact)');
    expect(issues[4]?.received).toBe('"Low"');
    const result = validateRiskMatrix({ ...three, cells: [["Low"]] });
    expect(Result.isFailure(result) && result.failure.message).toMatch(
      /^the risk matrix is invalid: 2 problems; first: \$\.cells: the matrix has 3 likelihood levels but 1 rows/,
    );
  });

  it("a cell lower than the one of lower likelihood names that cell", () => {
    const issues = issuesOf({
      ...three,
      cells: [
        ["Low", "Low", "Medium"],
        ["Low", "Low", "High"],
        ["Medium", "Medium", "Medium"],
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: "$.cells[2][2]",
      expected: 'at least "High" (the level at $.cells[1][2], a lower likelihood)',
    });
  });

  it("rejects a matrix without risk levels", () => {
    expect(issuesOf({ ...three, levels: [] })[0]).toMatchObject({
      path: "$.levels",
      expected: "at least one risk level",
    });
  });

  it("accepts at most 1 000 risk levels, as RiskMatrixSchema does", () => {
    const withLevels = (n: number): RiskMatrix => ({
      ...three,
      levels: [...three.levels, ...Array.from({ length: n - three.levels.length }, (_, k) => `unused ${k}`)],
    });
    expect(issuesOf(withLevels(1_000))).toEqual([]);
    expect(RiskMatrixSchema.safeParse(withLevels(1_000)).success).toBe(true);
    expect(issuesOf(withLevels(1_001))).toEqual([
      {
        path: "$.levels",
        expected: "at most 1000 risk levels",
        received: "1001",
        message: "$.levels: a matrix has at most 1000 risk levels, not 1001",
      },
    ]);
    expect(failureIssues(readRiskMatrix(withLevels(1_001))).map((issue) => issue.path)).toEqual(["$.levels"]);
  });

  test.prop([validMatrix])("accepts every matrix the generator builds as monotone (3×3 to 7×7)", (matrix) => {
    expect(issuesOf(matrix)).toEqual([]);
  });

  test.prop([brokenCellMatrix])(
    "rejects every monotone matrix with a single broken cell, and points at it",
    ({ matrix, row, column, how }) => {
      const issues = issuesOf(matrix);
      expect(issues.length).toBeGreaterThan(0);
      const paths = issues.map((issue) => issue.path);
      if (how === "missing") expect(paths).toContain(`$.cells[${row}]`);
      else if (how === "unknown") expect(paths).toContain(`$.cells[${row}][${column}]`);
      else {
        // the broken cell, or the neighbour that is now lower than it
        const near = [`$.cells[${row}][${column}]`, `$.cells[${row + 1}][${column}]`, `$.cells[${row}][${column + 1}]`];
        expect(paths.some((path) => near.includes(path))).toBe(true);
      }
    },
  );

  test.prop([anyRanks])("accepts a complete matrix exactly when it is monotone", (ranks) => {
    expect(issuesOf(toMatrix(ranks)).length === 0).toBe(isMonotone(ranks));
  });

  describe("hostile matrices (issue 16)", () => {
    // 1 000 risk levels (the most a matrix may list) and 2 000 one-cell rows naming none of
    // them. Each issue used to repeat every level (an error of tens of megabytes); the
    // levels are now named once.
    const levels = Array.from({ length: 1_000 }, (_, k) => `level number ${k}`);
    const hostile: RiskMatrix = { ...three, levels, cells: Array.from({ length: 2_000 }, (_, k) => [`nowhere ${k}`]) };

    it("an error lists at most 100 issues, counts the rest, and names the allowed levels once", () => {
      const result = validateRiskMatrix(hostile);
      if (!Result.isFailure(result)) throw new Error("expected a failure");
      const { issues, message, omitted } = result.failure;
      expect(issues).toHaveLength(100);
      expect(omitted).toBe(3901);
      expect(message).toMatch(/^the risk matrix is invalid: 4001 problems; first: /);
      expect(message).toContain('risk levels: one of "level number 0", "level number 1"');
      expect(message).toContain("and 980 more");
      expect(issues[2]).toMatchObject({
        path: "$.cells[0][0]",
        expected: "one of the matrix's risk levels ($.levels)",
      });
      expect(JSON.stringify(result.failure).length).toBeLessThan(30_000);
    });

    it("takes time proportional to the matrix: 200 000 repeated level names are checked at once", () => {
      const repeated = validateRiskMatrix({ ...three, levels: Array.from({ length: 200_000 }, () => "Low") });
      expect(Result.isFailure(repeated) && repeated.failure.message).toMatch(
        /^the risk matrix is invalid: 2\d{5} problems; first: /,
      );
    });

    test.prop([fc.anything()])("any JavaScript value gives a result, never an exception", (value) => {
      expect(Result.isResult(validateRiskMatrix(value as RiskMatrix))).toBe(true);
    });

    it("a value of the wrong shape is named by path", () => {
      const result = validateRiskMatrix({
        likelihood: "abc",
        impact: [1],
        levels: null,
        cells: [[2]],
      } as unknown as RiskMatrix);
      expect(failureIssues(result).map((issue) => issue.path)).toEqual([
        "$.likelihood",
        "$.impact",
        "$.levels",
        "$.cells",
      ]);
    });
  });
});
