import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { formatRatio, makeRatio, roundRatio, type Ratio, type RoundingMode } from "../../src/index";

const ratio = (n: bigint | number, d: bigint | number): Ratio => Result.getOrThrow(makeRatio(n, d));
const third = ratio(1, 3);

describe("formatRatio and roundRatio read `places` as documented: truncated, clamped to 0–100", () => {
  it("prints at most 100 decimals, however many are asked for", () => {
    expect(formatRatio(third, { places: 100 })).toBe(`0.${"3".repeat(100)}`);
    for (const places of [101, 1000, Number.MAX_SAFE_INTEGER])
      expect(formatRatio(third, { places }), String(places)).toBe(`0.${"3".repeat(100)}`);
    expect(roundRatio(third, 1e9)).toBe(BigInt("3".repeat(100)));
  });
  it("reads a negative count as 0 places", () => {
    expect(formatRatio(ratio(2, 3), { places: -1 })).toBe("1");
    expect(formatRatio(ratio(2, 3), { places: -0.5 })).toBe("1");
    expect(roundRatio(ratio(2, 3), -3)).toBe(1n);
  });
  test.prop([fc.double({ min: 0, max: 100, noNaN: true })])("truncates a fractional count", (places) => {
    const digits = Math.trunc(places);
    expect(formatRatio(third, { places })).toBe(digits === 0 ? "0" : `0.${"3".repeat(digits)}`);
  });
  it("reads an infinite or NaN count as the default, 0 places", () => {
    for (const places of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect(formatRatio(ratio(2, 3), { places }), String(places)).toBe("1");
      expect(roundRatio(ratio(2, 3), places), String(places)).toBe(1n);
    }
  });
});

describe("roundRatio with a rounding mode a plain JS caller got wrong", () => {
  const half = ratio(1, 2);
  it("rounds half up when the mode is not a function", () => {
    for (const mode of ["floor", null, 42, {}]) expect(roundRatio(half, 0, mode as never), typeof mode).toBe(1n);
  });
  it("answers 0 when the mode answers something else than a bigint, and formatRatio prints it", () => {
    const number = (() => 1) as unknown as RoundingMode;
    expect(roundRatio(half, 0, number)).toBe(0n);
    expect(formatRatio(half, { places: 2, rounding: number })).toBe("0.00");
  });
});

describe("what a Ratio is: a bigint over a positive bigint, from integers exactly representable", () => {
  it("makeRatio refuses a number past 2^53 − 1, whose value the number no longer holds", () => {
    expect(Result.getOrThrow(makeRatio(Number.MAX_SAFE_INTEGER, 1)).numerator).toBe(9_007_199_254_740_991n);
    for (const [part, whole] of [
      [2 ** 53, 1],
      [1, 2 ** 53],
      [-(2 ** 60), 3],
    ] as const) {
      const result = makeRatio(part, whole);
      expect(Result.isFailure(result) && result.failure._tag, `${part}/${whole}`).toBe("NotAnInteger");
    }
  });
  it("a forged ratio with a negative or zero denominator is no ratio: NaN when printed", () => {
    for (const denominator of [-2n, 0n]) {
      const forged = { numerator: 1n, denominator };
      expect(formatRatio(forged), String(denominator)).toBe("NaN");
      expect(roundRatio(forged), String(denominator)).toBe(0n);
    }
  });
});
