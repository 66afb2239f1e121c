import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { compareShiftLengths } from "@unsms/staffing";
import { CoverageRequestSchema } from "@unsms/staffing/schema";
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

  test("a shift length that does not divide 24 is an error", () => {
    expect(Result.isFailure(compareShiftLengths({ weeklyContractHours: 40, reliefFactor: "0" }, 1, 1, [12, 10]))).toBe(
      true,
    );
  });
});
