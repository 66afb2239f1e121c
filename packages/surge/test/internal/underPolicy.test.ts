import { describe, expect, it } from "vitest";
import { InvalidCoveragePolicy } from "@unsms/staffing";
import { underPolicy } from "../../src/internal/underPolicy";

const staffingError = (path: string) =>
  new InvalidCoveragePolicy({ message: `${path}: expected x, got y`, path, expected: "x", received: "y" });

describe("underPolicy: a staffing error at its place in the crisis centre", () => {
  it("the policy and its fields are put under $.policy", () => {
    for (const [path, placed] of [
      ["$", "$.policy"],
      ["$.shiftHours", "$.policy.shiftHours"],
      ["$.weeklyContractHours", "$.policy.weeklyContractHours"],
      ["$.reliefFactor", "$.policy.reliefFactor"],
    ] as const) {
      const error = underPolicy(staffingError(path));
      expect([error._tag, error.path, error.expected, error.received, error.message]).toEqual([
        "InvalidCoveragePolicy",
        placed,
        "x",
        "y",
        `${placed}: expected x, got y`,
      ]);
    }
  });

  it("a path that is not the policy's is never put under it, where the centre has no such field", () => {
    for (const path of ["$.officers", "$.positions", "$.shiftLengths[1]", "$.shiftHoursExtra", "$.reliefFactorial"]) {
      const error = staffingError(path);
      expect(underPolicy(error)).toBe(error);
    }
  });
});
