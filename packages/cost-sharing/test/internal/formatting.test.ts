import { fc, test } from "@fast-check/vitest";
import { formatMoney, percentage, type Currency } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect } from "vitest";
import { formatUnits } from "../../src/internal/formatUnits";
import { sharePercentage } from "../../src/internal/sharePercentage";

const currency = fc.constantFrom<Currency>(
  { code: "USD", exponent: 2 },
  { code: "JPY", exponent: 0 },
  { code: "KWD", exponent: 3 },
  { code: "XXX", exponent: 8 },
);
const units = fc.oneof(
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  fc.bigInt({ min: -9_007_199_254_740_993n, max: 9_007_199_254_740_993n }),
  fc.integer({ min: -1000, max: 1000 }).map(BigInt),
  fc.constantFrom(9_007_199_254_740_991n, -9_007_199_254_740_991n, 9_007_199_254_740_992n),
);

describe("the number fast paths write what core writes", () => {
  test.prop([units, currency], { numRuns: 5000 })("formatUnits is formatMoney", (minorUnits, c) => {
    expect(formatUnits(minorUnits, c)).toBe(formatMoney({ minorUnits, currency: c }));
  });

  test.prop([units, fc.oneof(units, fc.bigInt({ min: 1n, max: 10n ** 6n }))], { numRuns: 5000 })(
    "sharePercentage is percentage(…, 2) (0.00 for a zero whole)",
    (part, whole) => {
      expect(sharePercentage(part, whole)).toBe(Result.getOrElse(percentage(part, whole, 2), () => "0.00"));
    },
  );

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 10n ** 6n })], { numRuns: 5000 })(
    "halves round up (small parts of small wholes)",
    (part, whole) => {
      expect(sharePercentage(part, whole)).toBe(Result.getOrElse(percentage(part, whole, 2), () => "0.00"));
    },
  );
});
