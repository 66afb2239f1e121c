import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode } from "@unsms/core/schema";
import {
  compareShiftLengths,
  MAX_COVERAGE_OFFICERS,
  MAX_COVERAGE_POSITIONS,
  officersNeeded,
  weeklyOvertime,
} from "@unsms/staffing";
import { CoverageRequestSchema } from "@unsms/staffing/schema";

const policy = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" };
const pathOf = (result: Result.Result<unknown, { readonly path: string }>) =>
  Result.isFailure(result) ? result.failure.path : "success";
const decodedPath = (positions: number, officers: number) => {
  const result = decode(CoverageRequestSchema, { weeklyContractHours: 40, reliefFactor: "1/5", positions, officers });
  return Result.isFailure(result) ? result.failure.issues.map((issue) => issue.path) : "success";
};

describe("the coverage limits, exported: what the schema and every coverage function refuse", () => {
  it("1 000 000 posts and 10 000 000 officers", () => {
    expect([MAX_COVERAGE_POSITIONS, MAX_COVERAGE_OFFICERS]).toEqual([1_000_000, 10_000_000]);
  });

  it("posts: up to the limit counted, past it refused at $.positions", () => {
    expect(pathOf(officersNeeded(policy, MAX_COVERAGE_POSITIONS))).toBe("success");
    expect(pathOf(weeklyOvertime(policy, MAX_COVERAGE_POSITIONS, 0))).toBe("success");
    expect(decodedPath(MAX_COVERAGE_POSITIONS, 0)).toBe("success");
    expect(pathOf(officersNeeded(policy, MAX_COVERAGE_POSITIONS + 1))).toBe("$.positions");
    expect(pathOf(weeklyOvertime(policy, MAX_COVERAGE_POSITIONS + 1, 0))).toBe("$.positions");
    expect(pathOf(compareShiftLengths(policy, MAX_COVERAGE_POSITIONS + 1, 0))).toBe("$.positions");
    expect(decodedPath(MAX_COVERAGE_POSITIONS + 1, 0)).toEqual(["$.positions"]);
  });

  it("officers: up to the limit counted, past it refused at $.officers", () => {
    expect(pathOf(weeklyOvertime(policy, 2, MAX_COVERAGE_OFFICERS))).toBe("success");
    expect(pathOf(compareShiftLengths(policy, 2, MAX_COVERAGE_OFFICERS))).toBe("success");
    expect(decodedPath(2, MAX_COVERAGE_OFFICERS)).toBe("success");
    expect(pathOf(weeklyOvertime(policy, 2, MAX_COVERAGE_OFFICERS + 1))).toBe("$.officers");
    expect(pathOf(compareShiftLengths(policy, 2, MAX_COVERAGE_OFFICERS + 1))).toBe("$.officers");
    expect(decodedPath(2, MAX_COVERAGE_OFFICERS + 1)).toEqual(["$.officers"]);
  });
});
