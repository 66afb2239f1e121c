import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { passWorkloadRatios, totalPassWorkload, type PassWorkload } from "@unsms/access-pass";
import { PassWorkloadSchema } from "@unsms/access-pass/schema";
const row = (
  dutyStation: string,
  specialEvents: number,
  vipVisits: number,
  visitors: number,
  passesIssued: number,
): PassWorkload =>
  Result.getOrThrow(
    decode(PassWorkloadSchema, {
      dutyStation,
      period: { from: "2006-01-01", to: "2006-06-30" },
      specialEvents,
      vipVisits,
      visitors,
      passesIssued,
    }),
  );

describe("pass workload statistics", () => {
  it("New York, January–June 2006 (A/61/531 Table 2)", () => {
    const ratios = passWorkloadRatios(row("New York", 554, 230, 646_550, 70_828));
    expect(ratios.passesPerVisitor?.rounded).toBe("0.110");
    expect(ratios.passesPerEvent?.rounded).toBe("127.8");
    expect(ratios.visitorsPerEvent?.rounded).toBe("1167.1");
    expect(ratios.passesPerOfficer).toBeUndefined();
    expect(passWorkloadRatios(row("New York", 554, 230, 646_550, 70_828), 12).passesPerOfficer?.rounded).toBe("5902.3");
  });

  it("a zero divisor gives no ratio rather than an error", () => {
    const ratios = passWorkloadRatios(row("Nowhere", 0, 0, 0, 5), 0);
    expect([ratios.passesPerVisitor, ratios.passesPerEvent, ratios.visitorsPerEvent, ratios.passesPerOfficer]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("a reversed period is refused; a total a number cannot hold exactly is NaN, never rounded", () => {
    const reversed = decode(PassWorkloadSchema, {
      dutyStation: "Geneva",
      period: { from: "2006-06-30", to: "2006-01-01" },
      specialEvents: 1,
      vipVisits: 1,
      visitors: 1,
      passesIssued: 1,
    });
    expect(Result.isFailure(reversed) && reversed.failure.issues[0]?.path).toBe("$.period.to");
    // what `to` should have been, and the value at `to`, not the whole period object
    expect(Result.isFailure(reversed) && reversed.failure.issues[0]?.message).toBe(
      '$.period.to: expected a date not before from (2006-06-30), received "2006-01-01"',
    );
    const huge = row("X", 1, 1, Number.MAX_SAFE_INTEGER, 1);
    const total = totalPassWorkload([huge, row("Y", 1, 1, 2, 1)]);
    expect(total.visitors).toBeNaN();
    expect(total.specialEvents).toBe(2);
    expect(totalPassWorkload([huge]).visitors).toBe(Number.MAX_SAFE_INTEGER);
  });

  const rowArb = fc
    .record({ e: fc.nat(10_000), v: fc.nat(1000), visitors: fc.nat(10_000_000), passes: fc.nat(1_000_000) })
    .map(({ e, v, visitors, passes }) => row("X", e, v, visitors, passes));

  test.prop([fc.array(rowArb, { maxLength: 10 }), fc.array(rowArb, { maxLength: 10 })])(
    "totals add up, whatever the grouping",
    (a, b) => {
      const whole = totalPassWorkload([...a, ...b]);
      const parts = totalPassWorkload([totalPassWorkload(a), totalPassWorkload(b)].filter((t) => t.period.from !== ""));
      expect({ ...whole, period: undefined }).toEqual({ ...parts, period: undefined });
    },
  );

  test.prop([rowArb])("the rounded ratio is within half a unit of the exact one", (workload) => {
    const { passesPerEvent } = passWorkloadRatios(workload);
    fc.pre(passesPerEvent !== undefined);
    const { numerator, denominator } = passesPerEvent.exact;
    const tenths = BigInt(passesPerEvent.rounded.replace(".", ""));
    // |tenths/10 − n/d| ≤ 1/20  ⇔  |20·tenths·d − 200·n| ≤ 10·d
    const gap = 20n * tenths * denominator - 200n * numerator;
    expect((gap < 0n ? -gap : gap) <= 10n * denominator).toBe(true);
  });
});

describe("totalPassWorkload never throws and never reads past its limit", () => {
  it("a row whose index getter throws makes its totals NaN, nothing thrown", () => {
    const rows = [row("Nairobi", 1, 1, 1, 1), row("Addis Ababa", 1, 1, 1, 1)];
    Object.defineProperty(rows, 0, {
      get() {
        throw new Error("a row that cannot be read");
      },
    });
    const total = totalPassWorkload(rows);
    expect(total.visitors).toBeNaN();
    expect(total.period).toEqual({ from: "2006-01-01", to: "2006-06-30" });
  });

  it("more than 100 000 rows (a sparse array claiming 2^32 - 1) are refused on their length: NaN at once", () => {
    const total = totalPassWorkload(Object.assign([], { length: 2 ** 32 - 1 }));
    expect(total).toEqual({
      dutyStation: "all",
      period: { from: "", to: "" },
      specialEvents: Number.NaN,
      vipVisits: Number.NaN,
      visitors: Number.NaN,
      passesIssued: Number.NaN,
    });
  });
});
