import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { divideRoundHalfUp, formatRate, makeRate, percentage } from "@unsms/core";

/** Reference: the exact rational p/w * 100, rounded half away from zero to d decimals, in BigInt. */
const reference = (part: bigint, whole: bigint, decimals: number): string => {
  const scale = 10n ** BigInt(decimals);
  const numerator = part * 100n * scale;
  const negative = numerator < 0n !== whole < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = whole < 0n ? -whole : whole;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  const digits = q.toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative && q !== 0n ? `-${text}` : text;
};

describe("percentage", () => {
  it("prints the report's rates", () => {
    expect(Result.getOrThrow(percentage(174, 250, 1))).toBe("69.6");
    expect(Result.getOrThrow(percentage(1536, 1830))).toBe("84");
    expect(Result.getOrThrow(percentage(16, 30, 1))).toBe("53.3");
    expect(Result.getOrThrow(percentage(230, 369, 1))).toBe("62.3");
    expect(Result.getOrThrow(percentage(417, 465))).toBe("90");
    expect(Result.getOrThrow(percentage(652, 746))).toBe("87");
    expect(Result.getOrThrow(percentage(467, 619))).toBe("75");
    expect(Result.getOrThrow(percentage(28, 43))).toBe("65");
    expect(Result.getOrThrow(percentage(14, 17))).toBe("82");
  });

  it("rounds halves up", () => {
    expect(Result.getOrThrow(percentage(1, 8, 1))).toBe("12.5");
    expect(Result.getOrThrow(percentage(1, 8, 0))).toBe("13");
    expect(Result.getOrThrow(percentage(-1, 8, 0))).toBe("-13");
    expect(Result.getOrThrow(percentage(1, 3, 2))).toBe("33.33");
    expect(Result.getOrThrow(percentage(0, 3, 1))).toBe("0.0");
    expect(Result.getOrThrow(percentage(-1, 100_000, 1))).toBe("0.0");
  });

  it("a whole of zero and a non-integer are error values", () => {
    const zero = percentage(3, 0);
    expect(Result.isFailure(zero) && zero.failure._tag).toBe("DivisionByZero");
    const fraction = percentage(1.5, 3);
    expect(Result.isFailure(fraction) && fraction.failure._tag).toBe("NotAnInteger");
    expect(Result.isFailure(divideRoundHalfUp(1n, 0n))).toBe(true);
  });

  test.prop([fc.bigInt(), fc.bigInt().filter((w) => w !== 0n), fc.integer({ min: 0, max: 6 })])(
    "equals the exact rational rounded half-up (BigInt reference)",
    (part, whole, decimals) => {
      expect(formatRate(Result.getOrThrow(makeRate(part, whole)), decimals)).toBe(reference(part, whole, decimals));
    },
  );

  test.prop([fc.bigInt(), fc.bigInt().filter((d) => d !== 0n)])("divideRoundHalfUp is within half a unit", (n, d) => {
    const q = Result.getOrThrow(divideRoundHalfUp(n, d));
    const ad = d < 0n ? -d : d;
    const error = q * d - n;
    expect(2n * (error < 0n ? -error : error) <= ad).toBe(true);
  });
});
