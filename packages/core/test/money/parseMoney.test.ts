import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { formatMoney, getCurrency, JPY, KWD, makeMoney, parseMoney, USD, type Currency } from "@unsms/core";
import { minorUnitsWithin } from "../support/minorUnitsWithin";

const currencyArb = fc.integer({ min: 0, max: 8 }).map((exponent): Currency => ({ code: "XTS", exponent }));

describe("parseMoney", () => {
  it("reads the report's amounts exactly", () => {
    expect(Result.getOrThrow(parseMoney("33400.00", USD)).minorUnits).toBe(3_340_000n);
    expect(Result.getOrThrow(parseMoney("-0.01", USD)).minorUnits).toBe(-1n);
    expect(Result.getOrThrow(parseMoney("11000000", USD)).minorUnits).toBe(1_100_000_000n);
    expect(Result.getOrThrow(parseMoney("400000000.5", USD)).minorUnits).toBe(40_000_000_050n);
    expect(Result.getOrThrow(parseMoney("1500", JPY)).minorUnits).toBe(1500n);
    expect(Result.getOrThrow(parseMoney("1.5", KWD)).minorUnits).toBe(1500n);
  });

  it("is exact far above 2^53", () => {
    const big = "123456789012345678901234567890.12";
    expect(formatMoney(Result.getOrThrow(parseMoney(big, USD)))).toBe(big);
  });

  it.each([
    "1e3",
    "12.345",
    "",
    "NaN",
    " 1.00",
    "1.00 ",
    "+1",
    "01",
    "1.",
    ".5",
    "1,000.00",
    "Infinity",
    "--1",
    "0x10",
  ])("rejects %j for USD with what was expected", (text) => {
    const result = parseMoney(text, USD);
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      expect(result.failure._tag).toBe("InvalidAmount");
      expect(result.failure.expected).toContain("at most 2 decimals");
      expect(result.failure.received).toBe(JSON.stringify(text));
    }
  });

  it("rejects decimals for a currency without minor unit", () => {
    expect(Result.isFailure(parseMoney("12.0", JPY))).toBe(true);
  });

  test.prop([currencyArb.chain((currency) => fc.tuple(fc.constant(currency), minorUnitsWithin(currency.exponent)))])(
    "format(parse(s)) = s for every canonical string and exponent",
    ([currency, minorUnits]) => {
      const canonical = formatMoney(makeMoney(minorUnits, currency));
      const parsed = parseMoney(canonical, currency);
      expect(Result.isSuccess(parsed)).toBe(true);
      if (Result.isSuccess(parsed)) {
        expect(parsed.success.minorUnits).toBe(minorUnits);
        expect(formatMoney(parsed.success)).toBe(canonical);
      }
    },
  );

  test.prop([fc.string(), currencyArb])("never throws, whatever the text", (text, currency) => {
    expect(() => parseMoney(text, currency)).not.toThrow();
  });

  it("known currencies carry their exponent", () => {
    expect(Result.getOrThrow(getCurrency("USD")).exponent).toBe(2);
  });
});
