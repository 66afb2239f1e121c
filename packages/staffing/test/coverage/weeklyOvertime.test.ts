import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { weeklyOvertime } from "@unsms/staffing";
import { changingPolicy } from "../support/changingPolicy";

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

  it("reads the policy once: the need, the officers short and the overtime come from the same relief factor", () => {
    const first = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" };
    const { policy, reads } = changingPolicy(first, { reliefFactor: "0" });
    const overtime = Result.getOrThrow(weeklyOvertime(policy, 10, 45));
    // under 1/5: 53 officers needed, 8 short, 30 overtime shifts (it was 44 needed beside 60 shifts)
    expect(overtime).toEqual(Result.getOrThrow(weeklyOvertime(first, 10, 45)));
    expect([overtime.need.officersNeeded, overtime.officersShort, overtime.overtimeShiftsPerWeek.exact]).toEqual([
      53,
      8,
      "30",
    ]);
    expect(reads()).toEqual({ shiftHours: 1, weeklyContractHours: 1, reliefFactor: 1 });
  });

  const shiftArb = fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24);
  const policyArb = fc.record({
    shiftHours: shiftArb,
    weeklyContractHours: fc.integer({ min: 24, max: 168 }),
    reliefFactor: fc.nat({ max: 99 }).map((percent) => `${percent}/100`),
  });
  test.prop([policyArb, policyArb, fc.nat({ max: 200 }), fc.nat({ max: 300 })])(
    "a policy whose getters answer otherwise on a second read gives what its first answers give",
    (first, later, positions, officers) => {
      const { policy } = changingPolicy(first, later);
      expect(weeklyOvertime(policy, positions, officers)).toEqual(weeklyOvertime(first, positions, officers));
    },
  );

  it("the schema's limits hold: more than 1 000 000 posts or 10 000 000 officers is refused at its path", () => {
    const policy = { shiftHours: 1, weeklyContractHours: 40, reliefFactor: "0" };
    // it was "94575592174780256" for 562 949 953 421 311 posts (the truth: …248), a gap computed through a number
    const pathOf = (positions: number, officers: number) => {
      const result = weeklyOvertime(policy, positions, officers);
      return Result.isFailure(result) ? result.failure.path : "success";
    };
    expect(pathOf(562_949_953_421_311, 0)).toBe("$.positions");
    expect(pathOf(1_000_001, 0)).toBe("$.positions");
    expect(pathOf(1_000_000, 10_000_001)).toBe("$.officers");
    expect(pathOf(1_000_000, 10_000_000)).toBe("success");
    expect(Result.getOrThrow(weeklyOvertime(policy, 1_000_000, 0)).overtimeShiftsPerWeek.exact).toBe("168000000");
  });

  const digits = (max: bigint) => fc.bigInt({ min: 1n, max });
  const reliefArb = fc.oneof(
    fc
      .tuple(digits(10n ** 18n - 1n), digits(10n ** 18n - 1n))
      .map(([a, b]): [bigint, bigint] => (a < b ? [a, b] : [b - 1n, b])),
    fc.tuple(fc.nat({ max: 99 }), fc.constant(100)).map(([a, b]): [bigint, bigint] => [BigInt(a), BigInt(b)]),
    fc.bigInt({ min: 1n, max: 10n ** 18n - 1n }).map((d): [bigint, bigint] => [d - 1n, d]),
  );
  const fraction = (n: bigint, d: bigint): string => {
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const g = gcd(n, d);
    return d / g === 1n ? `${n / g}` : `${n / g}/${d / g}`;
  };

  test.prop([
    fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24),
    fc.integer({ min: 1, max: 168 }),
    reliefArb,
    fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1_000_000)),
    fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 10_000_000)),
  ])(
    "over the whole allowed range, the figures are those of a bigint reference",
    (shiftHours, hours, [n, d], positions, officers) => {
      const weeklyContractHours = Math.max(hours, shiftHours);
      const policy = { shiftHours, weeklyContractHours, reliefFactor: `${n}/${d}` };
      const result = weeklyOvertime(policy, positions, officers);
      const L = BigInt(shiftHours);
      const shifts = (BigInt(positions) * 168n) / L;
      const contract = BigInt(Math.floor(weeklyContractHours / shiftHours));
      // officers needed: the least k with k × contract × (d − n) ≥ shifts × d
      const per = contract * (d - n);
      const needed = (shifts * d + per - 1n) / per;
      if (needed > BigInt(Number.MAX_SAFE_INTEGER)) {
        expect(Result.isFailure(result) && result.failure.path).toBe("$.reliefFactor");
        return;
      }
      const overtime = Result.getOrThrow(result);
      const gap = shifts * d - BigInt(officers) * per; // over d
      const short = gap > 0n ? gap : 0n;
      expect(overtime.need.officersNeeded).toBe(Number(needed));
      expect(overtime.need.shiftsPerWeek).toBe(Number(shifts));
      expect(overtime.officersShort).toBe(Number(needed > BigInt(officers) ? needed - BigInt(officers) : 0n));
      expect(overtime.overtimeShiftsPerWeek.exact).toBe(fraction(short, d));
      expect(overtime.overtimeHoursPerWeek.exact).toBe(fraction(short * L, d));
      expect(overtime.shiftsWithinContract.exact).toBe(fraction(BigInt(officers) * per, d));
    },
  );
});
