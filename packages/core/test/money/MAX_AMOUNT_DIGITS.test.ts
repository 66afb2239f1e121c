import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  compareMoney,
  formatMoney,
  isMoney,
  JPY,
  KWD,
  makeMoney,
  MAX_AMOUNT_DIGITS,
  negateMoney,
  parseMoney,
  subtractMoney,
  sumMoney,
  USD,
} from "@unsms/core";
import { DecimalAmountSchema, decode } from "@unsms/core/schema";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

const nines = "9".repeat(MAX_AMOUNT_DIGITS);
const tooLong = `1${"0".repeat(MAX_AMOUNT_DIGITS)}`;
/** The largest amount in USD: 30 nines and 99 cents, in minor units. */
const largestUsd = 10n ** BigInt(MAX_AMOUNT_DIGITS + USD.exponent) - 1n;

const failureOf = <A, E>(result: Result.Result<A, E>): E | undefined =>
  Result.isFailure(result) ? result.failure : undefined;

describe("MAX_AMOUNT_DIGITS", () => {
  it("is 30 digits before the decimal point", () => {
    expect(MAX_AMOUNT_DIGITS).toBe(30);
  });

  it("parseMoney reads an amount at the limit and refuses one digit more, at its path", () => {
    expect(formatMoney(Result.getOrThrow(parseMoney(`${nines}.99`, USD)))).toBe(`${nines}.99`);
    expect(formatMoney(Result.getOrThrow(parseMoney(`-${nines}.99`, USD)))).toBe(`-${nines}.99`);
    expect(formatMoney(Result.getOrThrow(parseMoney(nines, JPY)))).toBe(nines);
    expect(formatMoney(Result.getOrThrow(parseMoney(`${nines}.999`, KWD)))).toBe(`${nines}.999`);
    for (const text of [tooLong, `-${tooLong}.00`, `${tooLong}.5`]) {
      const failure = failureOf(parseMoney(text, USD, "$.total"));
      expect(failure?._tag).toBe("InvalidAmount");
      expect(failure?.path).toBe("$.total");
      expect(failure?.expected).toBe("an amount in USD of at most 30 digits before the decimal point");
      expect(failure?.received).toBe(JSON.stringify(text));
    }
  });

  it("parseMoney refuses a text of a million digits, with its length", () => {
    const failure = failureOf(parseMoney("9".repeat(1_000_000), USD));
    expect(failure?.path).toBe("text");
    expect(failure?.received).toBe(`"${"9".repeat(59)}…" (1000000 characters)`);
  });

  test.prop([
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: MAX_AMOUNT_DIGITS - 1 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: USD.exponent, maxLength: USD.exponent }),
    fc.boolean(),
  ])("an amount of at most 30 digits before the point round-trips", (first, rest, cents, negative) => {
    const text = `${negative ? "-" : ""}${[first, ...rest].join("")}.${cents.join("")}`;
    expect(formatMoney(Result.getOrThrow(parseMoney(text, USD)))).toBe(text);
    expect(Result.isSuccess(decode(DecimalAmountSchema, text))).toBe(true);
  });

  test.prop([
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: MAX_AMOUNT_DIGITS, maxLength: 400 }),
    fc.constantFrom("", ".5", ".00"),
    fc.boolean(),
  ])("an amount of more than 30 digits before the point is refused", (first, rest, fraction, negative) => {
    const text = `${negative ? "-" : ""}${[first, ...rest].join("")}${fraction}`;
    expect(failureOf(parseMoney(text, USD))?._tag).toBe("InvalidAmount");
    expect(failureIssues(decode(DecimalAmountSchema, text)).map((issue) => issue.expected)).toEqual([
      "a decimal amount of at most 30 digits before the decimal point",
    ]);
  });

  it("DecimalAmountSchema accepts an amount at the limit and refuses one digit more, at $", () => {
    expect(Result.isSuccess(decode(DecimalAmountSchema, `${nines}.99`))).toBe(true);
    expect(Result.isSuccess(decode(DecimalAmountSchema, `-${nines}`))).toBe(true);
    expect(failureIssues(decode(DecimalAmountSchema, `${tooLong}.00`))).toMatchObject([
      {
        path: "$",
        expected: "a decimal amount of at most 30 digits before the decimal point",
        received: `"${tooLong}.00"`,
      },
    ]);
    // a malformed text is one issue, about its form
    for (const text of ["1e3", "1.", "-", "+1", "01", ".5", "1.5.0"])
      expect(
        failureIssues(decode(DecimalAmountSchema, text)).map((issue) => issue.expected),
        text,
      ).toEqual(['a decimal amount in major units, like "75000.00"']);
  });

  it("every money function refuses a Money beyond the limit, naming its minorUnits", () => {
    const largest = makeMoney(largestUsd, USD);
    const beyond = makeMoney(largestUsd + 1n, USD);
    const below = makeMoney(-largestUsd - 1n, USD);
    expect(formatMoney(largest)).toBe(`${nines}.99`);
    expect(formatMoney(beyond)).toBe("NaN");
    expect(formatMoney(below)).toBe("NaN");
    expect(formatMoney(makeMoney(10n ** 100_000n, USD))).toBe("NaN");
    expect(negateMoney(beyond)).toEqual({ minorUnits: 0n, currency: { code: "XXX", exponent: 0 } });
    expect(negateMoney(largest).minorUnits).toBe(-largestUsd);
    expect(failureOf(addMoney(beyond, largest))?.path).toBe("left.minorUnits");
    expect(failureOf(subtractMoney(largest, below))?.path).toBe("right.minorUnits");
    expect(failureOf(compareMoney(largest, beyond))?.path).toBe("right.minorUnits");
    const failure = failureOf(sumMoney(USD, [largest, beyond]));
    expect(failure).toMatchObject({
      _tag: "InvalidAmount",
      path: "amounts[1].minorUnits",
      expected:
        "an amount of at most 30 digits before the decimal point (minorUnits of at most 32 digits, with 2 decimals)",
      received: "a bigint of 33 digits or more",
    });
    expect(Result.getOrThrow(compareMoney(largest, makeMoney(-largestUsd, USD)))).toBe(1);
  });

  it("a sum, difference or total beyond the limit is refused, naming the amount that took it there", () => {
    const largest = makeMoney(largestUsd, USD);
    const cent = makeMoney(1n, USD);
    const sum = failureOf(addMoney(largest, cent));
    expect(sum).toMatchObject({
      _tag: "InvalidAmount",
      path: "right",
      expected: "an amount whose sum with left has at most 30 digits before the decimal point",
      received: `the sum ${tooLong}.00`,
    });
    expect(failureOf(subtractMoney(negateMoney(largest), cent))).toMatchObject({
      path: "right",
      received: `the difference -${tooLong}.00`,
    });
    expect(failureOf(sumMoney(USD, [largest, cent, negateMoney(cent), cent]))).toMatchObject({
      path: "amounts",
      expected: "amounts whose total has at most 30 digits before the decimal point",
      received: `the total ${tooLong}.00`,
    });
    // a running total may leave the limit and come back
    expect(formatMoney(Result.getOrThrow(sumMoney(USD, [largest, cent, negateMoney(cent)])))).toBe(`${nines}.99`);
    expect(formatMoney(Result.getOrThrow(addMoney(largest, negateMoney(largest))))).toBe("0.00");
  });
});

describe("isMoney", () => {
  it("takes an amount at the limit in each currency and refuses one more, either sign", () => {
    for (const currency of [USD, JPY, KWD, { code: "XXX", exponent: 18 }]) {
      const largest = 10n ** BigInt(MAX_AMOUNT_DIGITS + currency.exponent) - 1n;
      expect([isMoney(makeMoney(largest, currency)), isMoney(makeMoney(-largest, currency))]).toEqual([true, true]);
      expect([isMoney(makeMoney(largest + 1n, currency)), isMoney(makeMoney(-largest - 1n, currency))]).toEqual([
        false,
        false,
      ]);
    }
  });

  test.prop([
    fc.oneof(fc.bigInt(), fc.bigInt({ min: -(2n ** 65n), max: 2n ** 65n }), fc.bigInt({ min: 0n, max: 10n ** 34n })),
    fc.constantFrom(USD, JPY, KWD),
  ])(
    "the law: isMoney exactly when |minorUnits| < 10^(MAX_AMOUNT_DIGITS + exponent), as addMoney takes it",
    (minorUnits, currency) => {
      const money = makeMoney(minorUnits, currency);
      const magnitude = minorUnits < 0n ? -minorUnits : minorUnits;
      expect(isMoney(money)).toBe(magnitude < 10n ** BigInt(MAX_AMOUNT_DIGITS + currency.exponent));
      expect(isMoney(money)).toBe(Result.isSuccess(addMoney(money, makeMoney(0n, currency))));
    },
  );

  it("refuses what is not a Money, and never throws", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = Object.defineProperty({ currency: USD }, "minorUnits", {
      get: () => {
        throw new Error("boom");
      },
    });
    for (const value of [
      undefined,
      null,
      400,
      { minorUnits: 400, currency: USD },
      { minorUnits: 400n },
      { minorUnits: 400n, currency: { code: "USD", exponent: 2.5 } },
      { minorUnits: 400n, currency: { code: "USD", exponent: 19 } },
      { minorUnits: 400n, currency: { code: "USD", exponent: -1 } },
      { minorUnits: 400n, currency: { code: 840, exponent: 2 } },
      revoked.proxy,
      throwing,
    ])
      expect(isMoney(value)).toBe(false);
  });
});
