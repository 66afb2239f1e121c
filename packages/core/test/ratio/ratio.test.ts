import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  addRatios,
  ceiling,
  compareRatios,
  divideRatios,
  floor,
  formatRatio,
  halfEven,
  halfUp,
  makeRatio,
  multiplyRatios,
  roundRatio,
  subtractRatios,
  type Ratio,
} from "../../src/index";

const ratio = (n: bigint | number, d: bigint | number): Ratio => Result.getOrThrow(makeRatio(n, d));
const integer = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const positive = fc.bigInt({ min: 1n, max: 10n ** 30n });
const anyRatio = fc.tuple(integer, positive).map(([n, d]) => ratio(n, d));
/** The rational n/d rounded the way a person would, by string-free bigint reasoning on 2n vs d. */
const referenceHalfUp = (n: bigint, d: bigint): bigint => {
  const sign = n < 0n ? -1n : 1n;
  const m = n < 0n ? -n : n;
  return sign * ((2n * m + d) / (2n * d));
};

describe("makeRatio", () => {
  it("keeps lowest terms with a positive denominator", () => {
    expect(ratio(174, 250)).toEqual({ numerator: 87n, denominator: 125n });
    expect(ratio(3, -6)).toEqual({ numerator: -1n, denominator: 2n });
    expect(ratio(0, -5)).toEqual({ numerator: 0n, denominator: 1n });
  });
  it("refuses a zero whole and a fraction as error values", () => {
    const zero = makeRatio(3, 0);
    expect(Result.isFailure(zero) && zero.failure._tag).toBe("DivisionByZero");
    const fraction = makeRatio(1.5, 2);
    expect(Result.isFailure(fraction) && fraction.failure._tag).toBe("NotAnInteger");
  });
  test.prop([integer, positive, fc.bigInt({ min: 1n, max: 10n ** 6n })])(
    "scaling both terms changes nothing",
    (n, d, k) => {
      expect(ratio(n * k, d * k)).toEqual(ratio(n, d));
    },
  );
});

describe("arithmetic", () => {
  test.prop([anyRatio, anyRatio])("a + b − b = a, and a × b ÷ b = a", (a, b) => {
    expect(subtractRatios(addRatios(a, b), b)).toEqual(a);
    if (b.numerator !== 0n) expect(Result.getOrThrow(divideRatios(multiplyRatios(a, b), b))).toEqual(a);
  });
  test.prop([anyRatio, anyRatio])("compare is antisymmetric and agrees with subtraction", (a, b) => {
    expect(compareRatios(a, b)).toBe(-compareRatios(b, a) || 0);
    const difference = subtractRatios(a, b).numerator;
    expect(compareRatios(a, b)).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
  });
  test.prop([anyRatio, fc.bigInt({ min: 2n, max: 10n ** 6n })])(
    "a ratio compares equal to itself and to its terms scaled",
    (a, k) => {
      expect(compareRatios(a, a)).toBe(0);
      expect(compareRatios(a, { numerator: a.numerator * k, denominator: a.denominator * k })).toBe(0);
    },
  );
  it("refuses to divide by zero", () => {
    expect(Result.isFailure(divideRatios(ratio(1, 2), ratio(0, 1)))).toBe(true);
  });
});

describe("rounding", () => {
  it("rounds as the report does", () => {
    expect(formatRatio(ratio(174, 250), { places: 1, as: "percent" })).toBe("69.6");
    expect(formatRatio(ratio(1536, 1830), { as: "percent" })).toBe("84");
    expect(formatRatio(ratio(16, 30), { places: 1, as: "percent" })).toBe("53.3");
    expect(formatRatio(ratio(28, 43), { as: "percent" })).toBe("65");
    expect(formatRatio(ratio(-1, 1000), { places: 2 })).toBe("0.00");
    expect(formatRatio(ratio(5, 2))).toBe("3");
    expect(formatRatio(ratio(5, 2), { rounding: halfEven })).toBe("2");
  });
  it("prints NaN, not 0, for a forged zero denominator", () => {
    expect(formatRatio({ numerator: 1n, denominator: 0n })).toBe("NaN");
  });
  test.prop([integer, positive, fc.integer({ min: 0, max: 8 })])(
    "halfUp is the exact rational rounded half away from zero",
    (n, d, places) => {
      const scale = 10n ** BigInt(places);
      expect(roundRatio(ratio(n, d), places)).toBe(referenceHalfUp(n * scale, d));
    },
  );
  test.prop([integer, positive])("floor ≤ halfUp, halfEven ≤ ceiling, each within one of the others", (n, d) => {
    const values = [floor(n, d), halfUp(n, d), halfEven(n, d), ceiling(n, d)];
    expect(
      values[0]! <= values[1]! && values[1]! <= values[3]! && values[0]! <= values[2]! && values[2]! <= values[3]!,
    ).toBe(true);
    expect(values[3]! - values[0]! <= 1n).toBe(true);
    expect(floor(n, d) * d <= n && n < (floor(n, d) + 1n) * d).toBe(true);
  });
  test.prop([integer, positive])("ceiling is the least integer at or above n / d: exact quotients stay", (n, d) => {
    expect((ceiling(n, d) - 1n) * d < n && n <= ceiling(n, d) * d).toBe(true);
    expect(ceiling(n * d, d)).toBe(n);
    expect(floor(n * d, d)).toBe(n);
  });
});
