import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { compareShiftLengths } from "@unsms/staffing";
import { CoveragePolicySchema, CoverageRequestSchema, readCoverageRequest } from "@unsms/staffing/schema";
import { changingPolicy } from "../support/changingPolicy";
import { readExample } from "../support/readExample";

describe("compareShiftLengths", () => {
  test("¶38: the sample's 10 posts and 53 officers, 12- against 8-hour shifts", () => {
    const request = Result.getOrThrow(decode(CoverageRequestSchema, readExample("coverage.json")));
    const rows = Result.getOrThrow(
      compareShiftLengths(request, request.positions, request.officers ?? 0, request.shiftLengths),
    );
    expect(
      rows.map((row) => [
        row.need.shiftHours,
        row.need.shiftsPerWeek,
        row.need.officersNeeded,
        row.overtimeHoursPerWeek.exact,
        row.overtimeHoursPerWeek.approx,
      ]),
    ).toEqual([
      [12, 140, 59, "768/5", "153.60"],
      [8, 210, 53, "0", "0.00"],
    ]);
  });

  test("reads the policy once: every row is computed under the same relief factor", () => {
    const first = { weeklyContractHours: 40, reliefFactor: "1/5" };
    const { policy, reads } = changingPolicy(first, { reliefFactor: "0" });
    expect(compareShiftLengths(policy, 10, 53)).toEqual(compareShiftLengths(first, 10, 53));
    expect(reads()).toEqual({ weeklyContractHours: 1, reliefFactor: 1 });
  });

  test("a shift length that does not divide 24 is refused at its place in the list, by the schema and the function", () => {
    const input = { weeklyContractHours: 40, reliefFactor: "1/5", positions: 10, officers: 53, shiftLengths: [12, 5] };
    const decoded = readCoverageRequest(input);
    expect(Result.isFailure(decoded) && decoded.failure.issues).toEqual([
      {
        path: "$.shiftLengths[1]",
        expected: "a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24)",
        received: "5",
        message: "$.shiftLengths[1]: expected a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24), received 5",
      },
    ]);
    const compared = compareShiftLengths(input, input.positions, input.officers, input.shiftLengths);
    expect(Result.isFailure(compared) && compared.failure).toMatchObject({
      _tag: "InvalidCoveragePolicy",
      path: "$.shiftLengths[1]",
      expected: "a divisor of 24 (1, 2, 3, 4, 6, 8, 12 or 24)",
      received: "5",
    });
  });

  prop.prop([
    fc.array(fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer(), fc.double()), { minLength: 1, maxLength: 24 }),
  ])(
    "the schema and the function accept the same shift lengths, and refuse the first bad one at the same path",
    (shiftLengths) => {
      const request = { weeklyContractHours: 168, reliefFactor: "0", positions: 1, shiftLengths };
      const decoded = readCoverageRequest(request);
      const compared = compareShiftLengths(request, 1, 0, shiftLengths);
      expect(Result.isSuccess(decoded)).toBe(Result.isSuccess(compared));
      if (Result.isFailure(decoded) && Result.isFailure(compared))
        expect(decoded.failure.issues[0]?.path).toBe(compared.failure.path);
      for (const hours of shiftLengths)
        expect(
          CoveragePolicySchema.safeParse({ shiftHours: hours, weeklyContractHours: 168, reliefFactor: "0" }).success,
        ).toBe(Number.isInteger(hours) && hours >= 1 && 24 % hours === 0);
    },
  );

  test("a shift length that does not divide 24 is an error", () => {
    expect(Result.isFailure(compareShiftLengths({ weeklyContractHours: 40, reliefFactor: "0" }, 1, 1, [12, 10]))).toBe(
      true,
    );
  });
});
