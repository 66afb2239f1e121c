import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { officersNeeded } from "@unsms/staffing";
import { CoveragePolicySchema } from "@unsms/staffing/schema";
import { changingPolicy } from "../support/changingPolicy";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const shiftArb = fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 24);
const reliefArb = fc
  .tuple(fc.nat({ max: 999 }), fc.integer({ min: 1, max: 1000 }))
  .filter(([n, d]) => n < d)
  .map(([n, d]) => `${n}/${d}`);

describe("officersNeeded", () => {
  it("the worked example: 8-hour shifts, 40-hour week, relief 1/5", () => {
    const need = Result.getOrThrow(officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" }, 1));
    expect(need).toEqual({
      positions: 1,
      shiftHours: 8,
      shiftsPerDay: 3,
      shiftsPerWeek: 21,
      contractShiftsPerOfficer: 5,
      availableShiftsPerOfficer: { exact: "4", approx: "4.00" },
      officersPerPosition: { exact: "21/4", approx: "5.25" },
      officersNeeded: 6,
    });
    const twelve = Result.getOrThrow(
      officersNeeded({ shiftHours: 12, weeklyContractHours: 40, reliefFactor: "0.2" }, 1),
    );
    expect([
      twelve.contractShiftsPerOfficer,
      twelve.availableShiftsPerOfficer.exact,
      twelve.officersPerPosition.exact,
      twelve.officersPerPosition.approx,
    ]).toEqual([3, "12/5", "35/6", "5.83"]);
    expect(
      Result.getOrThrow(officersNeeded({ shiftHours: 12, weeklyContractHours: 40, reliefFactor: "0.2" }, 10))
        .officersNeeded,
    ).toBe(59);
  });

  it("¶37's 88 officers a month on mission out of 1 015 posts as a relief factor", () => {
    const need = Result.getOrThrow(
      officersNeeded({ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "88/1015" }, 1),
    );
    // 21 / (5 × 927/1015) = 21 315 / 4 635 = 4 263/927
    expect(need.officersPerPosition).toEqual({ exact: "1421/309", approx: "4.60" });
    expect(need.officersNeeded).toBe(5);
  });

  it("bad policies are errors with their path", () => {
    const cases: Array<[Parameters<typeof officersNeeded>[0], number, string]> = [
      [{ shiftHours: 7, weeklyContractHours: 40, reliefFactor: "0" }, 1, "$.shiftHours"],
      [{ shiftHours: 12, weeklyContractHours: 10, reliefFactor: "0" }, 1, "$.weeklyContractHours"],
      [{ shiftHours: 8, weeklyContractHours: 169, reliefFactor: "0" }, 1, "$.weeklyContractHours"],
      [{ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1" }, 1, "$.reliefFactor"],
      [{ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "3/2" }, 1, "$.reliefFactor"],
      [{ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "x" }, 1, "$.reliefFactor"],
      [{ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0" }, -1, "$.positions"],
      [{ shiftHours: 8, weeklyContractHours: 40, reliefFactor: "0" }, 1_000_001, "$.positions"],
      // 168 × 10^18 officers for one post: refused, not rounded to a number
      [
        { shiftHours: 1, weeklyContractHours: 1, reliefFactor: "999999999999999999/1000000000000000000" },
        1,
        "$.reliefFactor",
      ],
    ];
    for (const [policy, positions, path] of cases) {
      const result = officersNeeded(policy, positions);
      expect(Result.isFailure(result) && result.failure.path).toBe(path);
    }
    expect(
      Result.isFailure(decode(CoveragePolicySchema, { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1e-3" })),
    ).toBe(true);
  });

  it("reads the policy once: the shift length it answers is the one it checked and computed with", () => {
    const first = { shiftHours: 8, weeklyContractHours: 40, reliefFactor: "1/5" };
    const { policy, reads } = changingPolicy(first, { shiftHours: "oops", reliefFactor: "0" });
    const need = Result.getOrThrow(officersNeeded(policy, 1));
    expect(need.shiftHours).toBe(8);
    expect(need).toEqual(Result.getOrThrow(officersNeeded(first, 1)));
    expect(reads()).toEqual({ shiftHours: 1, weeklyContractHours: 1, reliefFactor: 1 });
  });

  it("refuses a relief factor that needs too many officers with the relief factor it read", () => {
    // 1 − r = 1/999 999 999 999 999 999: 168 × that many officers for one post
    const first = { shiftHours: 1, weeklyContractHours: 1, reliefFactor: "999999999999999998/999999999999999999" };
    const { policy, reads } = changingPolicy(first, { reliefFactor: "0" });
    const result = officersNeeded(policy, 1);
    expect(Result.isFailure(result) && [result.failure.path, result.failure.received]).toEqual([
      "$.reliefFactor",
      '"999999999999999998/999999999999999999"',
    ]);
    expect(Result.isFailure(result) && result.failure.expected).toMatch(/^a relief factor that leaves the officers/);
    expect(reads()).toEqual({ shiftHours: 1, weeklyContractHours: 1, reliefFactor: 1 });
  });

  test.prop([
    shiftArb,
    fc.integer({ min: 24, max: 80 }),
    fc.integer({ min: 0, max: 40 }),
    reliefArb,
    fc.nat({ max: 500 }),
  ])("more weekly contract hours never need more officers", (shiftHours, hours, more, reliefFactor, positions) => {
    const fewer = Result.getOrThrow(
      officersNeeded({ shiftHours, weeklyContractHours: hours, reliefFactor }, positions),
    );
    const longer = Result.getOrThrow(
      officersNeeded({ shiftHours, weeklyContractHours: hours + more, reliefFactor }, positions),
    );
    expect(longer.officersNeeded).toBeLessThanOrEqual(fewer.officersNeeded);
  });

  test.prop([shiftArb, fc.integer({ min: 24, max: 120 }), reliefArb, reliefArb, fc.nat({ max: 500 })])(
    "a lower relief factor never needs more officers",
    (shiftHours, weeklyContractHours, a, b, positions) => {
      const value = (text: string) => text.split("/").map(Number) as [number, number];
      const [an, ad] = value(a);
      const [bn, bd] = value(b);
      const [low, high] = an * bd <= bn * ad ? [a, b] : [b, a];
      const lowNeed = Result.getOrThrow(
        officersNeeded({ shiftHours, weeklyContractHours, reliefFactor: low }, positions),
      );
      const highNeed = Result.getOrThrow(
        officersNeeded({ shiftHours, weeklyContractHours, reliefFactor: high }, positions),
      );
      expect(lowNeed.officersNeeded).toBeLessThanOrEqual(highNeed.officersNeeded);
    },
  );

  test.prop([shiftArb, fc.integer({ min: 24, max: 168 }), reliefArb, fc.nat({ max: 500 })])(
    "the need is the smallest whole number of officers whose available shifts cover the shifts to staff",
    (shiftHours, weeklyContractHours, reliefFactor, positions) => {
      const need = Result.getOrThrow(officersNeeded({ shiftHours, weeklyContractHours, reliefFactor }, positions));
      const [n, d] = reliefFactor.split("/").map(BigInt) as [bigint, bigint];
      const perOfficer = (k: bigint) => k * BigInt(need.contractShiftsPerOfficer) * (d - n); // shifts × d
      const required = BigInt(need.shiftsPerWeek) * d;
      const officers = BigInt(need.officersNeeded);
      expect(perOfficer(officers) >= required).toBe(true);
      if (officers > 0n) expect(perOfficer(officers - 1n) < required).toBe(true);
    },
  );
});
