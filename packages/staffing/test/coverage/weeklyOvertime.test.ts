import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { weeklyOvertime } from "@unsms/staffing";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const compareFractions = (a: string, b: string): number => {
  const [an, ad = 1n] = a.split("/").map(BigInt) as [bigint, bigint?];
  const [bn, bd = 1n] = b.split("/").map(BigInt) as [bigint, bigint?];
  const diff = an * bd - bn * ad;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};

describe("weeklyOvertime", () => {
  it("10 posts on 8-hour shifts with 45 officers instead of 53: 30 shifts, 240 hours a week", () => {
    const overtime = Result.getOrThrow(
      weeklyOvertime({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 10, 45),
    );
    expect(overtime.need.officersNeeded).toBe(53);
    expect(overtime.officersShort).toBe(8);
    expect(overtime.shiftsWithinContract.exact).toBe("180");
    expect(overtime.overtimeShiftsPerWeek.exact).toBe("30");
    expect(overtime.overtimeHoursPerWeek).toEqual({ exact: "240", approx: "240.00" });
  });

  it("no overtime at or above the need", () => {
    const overtime = Result.getOrThrow(
      weeklyOvertime({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 10, 60),
    );
    expect([overtime.officersShort, overtime.overtimeHoursPerWeek.exact]).toEqual([0, "0"]);
    expect(Result.isFailure(weeklyOvertime({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0" }, 1, -2))).toBe(
      true,
    );
  });

  test.prop([
    fc.constantFrom(4, 6, 8, 12),
    fc.integer({ min: 24, max: 60 }),
    fc.nat({ max: 99 }),
    fc.nat({ max: 200 }),
    fc.nat({ max: 300 }),
    fc.nat({ max: 50 }),
  ])(
    "more officers never mean more overtime",
    (shiftHours, weeklyContractHours, percent, positions, officers, more) => {
      const policy = { shiftHours, weeklyContractHours, reliefFactor: `${percent}/100` };
      const a = Result.getOrThrow(weeklyOvertime(policy, positions, officers));
      const b = Result.getOrThrow(weeklyOvertime(policy, positions, officers + more));
      expect(compareFractions(b.overtimeHoursPerWeek.exact, a.overtimeHoursPerWeek.exact)).toBeLessThanOrEqual(0);
      expect(b.officersShort).toBeLessThanOrEqual(a.officersShort);
      if (officers >= a.need.officersNeeded) expect(a.overtimeHoursPerWeek.exact).toBe("0");
    },
  );
});
