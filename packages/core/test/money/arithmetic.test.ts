import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { addMoney, compareMoney, EUR, makeMoney, negateMoney, subtractMoney, sumMoney, USD } from "@unsms/core";
import { minorUnitsWithin } from "../support/minorUnitsWithin";

describe("money arithmetic", () => {
  it("the reclassification of ¶56(a) adds up", () => {
    const section33 = makeMoney(3_340_000n, USD);
    const section35 = makeMoney(680_000n, USD);
    const income = negateMoney(section35);
    expect(Result.getOrThrow(addMoney(section33, section35)).minorUnits).toBe(4_020_000n);
    expect(Result.getOrThrow(sumMoney(USD, [section35, income])).minorUnits).toBe(0n);
  });

  it("mixing currencies is an error value", () => {
    const results: ReadonlyArray<Result.Result<unknown, { readonly _tag: string }>> = [
      addMoney(makeMoney(1n, USD), makeMoney(1n, EUR)),
      subtractMoney(makeMoney(1n, USD), makeMoney(1n, EUR)),
      compareMoney(makeMoney(1n, USD), makeMoney(1n, EUR)),
      sumMoney(USD, [makeMoney(1n, USD), makeMoney(1n, EUR)]),
    ];
    for (const result of results) {
      expect(Result.isFailure(result)).toBe(true);
      if (Result.isFailure(result)) expect(result.failure._tag).toBe("CurrencyMismatch");
    }
    // the same code with another exponent is another currency (US$ 0.01 is not 0.001)
    const thousandths = { code: "USD", exponent: 3 };
    for (const result of [
      addMoney(makeMoney(1n, USD), makeMoney(1n, thousandths)) as Result.Result<unknown, { readonly _tag: string }>,
      compareMoney(makeMoney(1n, USD), makeMoney(1n, thousandths)),
    ])
      expect(Result.isFailure(result) && result.failure._tag).toBe("CurrencyMismatch");
    const result = sumMoney(USD, [makeMoney(1n, USD), makeMoney(1n, EUR)]);
    if (Result.isFailure(result)) expect(result.failure.path).toBe("amounts[1]");
  });

  it("an empty sum is zero in the given currency", () => {
    expect(Result.getOrThrow(sumMoney(USD, [])).minorUnits).toBe(0n);
  });

  test.prop([fc.array(minorUnitsWithin(USD.exponent, 100n), { maxLength: 99 })])(
    "the sum of Money equals the bigint sum",
    (values) => {
      const total = Result.getOrThrow(
        sumMoney(
          USD,
          values.map((value) => makeMoney(value, USD)),
        ),
      );
      expect(total.minorUnits).toBe(values.reduce((a, b) => a + b, 0n));
    },
  );

  test.prop([minorUnitsWithin(USD.exponent, 2n), minorUnitsWithin(USD.exponent, 2n)])(
    "a - b + b = a, and compare agrees with bigint order",
    (a, b) => {
      const left = makeMoney(a, USD);
      const right = makeMoney(b, USD);
      const difference = Result.getOrThrow(subtractMoney(left, right));
      expect(Result.getOrThrow(addMoney(difference, right)).minorUnits).toBe(a);
      expect(Result.getOrThrow(compareMoney(left, right))).toBe(a < b ? -1 : a > b ? 1 : 0);
      expect(negateMoney(negateMoney(left)).minorUnits).toBe(a);
    },
  );
});
