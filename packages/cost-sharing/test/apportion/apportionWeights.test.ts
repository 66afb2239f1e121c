import { fc, test } from "@fast-check/vitest";
import { apportionWeights, type ApportionedUnits } from "@unsms/cost-sharing/batch";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { headcountArb, totalArb } from "../support/arbitraries";
import { referenceHamilton } from "../support/referenceHamilton";

const asBigInts = (split: ApportionedUnits): Array<bigint> =>
  split.exactAs === "number" ? Array.from(split.units, (units) => BigInt(units)) : [...split.units];

/** Indices where two long lists differ (vitest's deep equality is slow on 10^5 bigints). */
const differences = (a: ReadonlyArray<bigint>, b: ReadonlyArray<bigint>): Array<number> => {
  const found: Array<number> = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) found.push(i);
  return found.slice(0, 5);
};

const weightsArb = fc.array(headcountArb, { minLength: 1, maxLength: 60 }).filter((ws) => ws.some((w) => w > 0));

describe("apportionWeights", () => {
  it("numbers below 2^53, bigints above", () => {
    const small = Result.getOrThrow(apportionWeights(2n ** 52n, [1, 1]));
    expect(small.exactAs).toBe("number");
    const large = Result.getOrThrow(apportionWeights(2n ** 53n, [1, 1]));
    expect(large.exactAs).toBe("bigint");
    expect(asBigInts(large)).toEqual([2n ** 52n, 2n ** 52n]);
  });

  it("numbers while |total| × max weight + Σweights ≤ 2^53, as documented (finding 8)", () => {
    // (2^33 − 1) × 2^20 is below 2^53, but adding the weights' sum passes it
    expect(Result.getOrThrow(apportionWeights(2n ** 33n - 1n, [1, 2 ** 20])).exactAs).toBe("bigint");
    expect(Result.getOrThrow(apportionWeights(2n ** 33n - 2n, [1, 2 ** 20])).exactAs).toBe("number");
  });

  test.prop([totalArb, weightsArb])(
    'exactAs is "number" exactly when |total| × max weight + Σweights ≤ 2^53',
    (total, weights) => {
      const magnitude = total < 0n ? -total : total;
      const sum = weights.reduce((a, b) => a + b, 0);
      const fits = magnitude * BigInt(Math.max(...weights)) + BigInt(sum) <= 2n ** 53n;
      expect(Result.getOrThrow(apportionWeights(total, weights)).exactAs).toBe(fits ? "number" : "bigint");
    },
  );

  it("ties go to the lower index; a typed array of weights is read, not changed", () => {
    const weights = Uint32Array.of(1, 1, 1);
    expect(asBigInts(Result.getOrThrow(apportionWeights(2n, weights)))).toEqual([1n, 1n, 0n]);
    expect(Array.from(weights)).toEqual([1, 1, 1]);
  });

  it("a hundred thousand weights with massive ties and spread remainders match the oracle", () => {
    const n = 100_000;
    const weights = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 3 : ((i * 2_654_435_761) % 1_000_003) + 1));
    for (const total of [123_456_789_012n, 999_999n, 2n ** 60n + 12_345n, -(10n ** 9n) - 1n]) {
      expect(
        differences(asBigInts(Result.getOrThrow(apportionWeights(total, weights))), referenceHamilton(total, weights)),
      ).toEqual([]);
    }
    const equal = new Array<number>(n).fill(4);
    expect(
      differences(
        asBigInts(Result.getOrThrow(apportionWeights(1_234_567n, equal))),
        referenceHamilton(1_234_567n, equal),
      ),
    ).toEqual([]);
  });

  it("errors are values", () => {
    expect(Result.isFailure(apportionWeights(1n, []))).toBe(true);
    expect(Result.isFailure(apportionWeights(1n, [0, 0]))).toBe(true);
    expect(Result.isFailure(apportionWeights(1n, [1, -1, 0.5, Number.NaN]))).toBe(true);
    expect(Result.isFailure(apportionWeights(1n, [Number.MAX_SAFE_INTEGER, 1]))).toBe(true);
    expect(Result.isSuccess(apportionWeights(0n, [0, 0]))).toBe(true);
    const notBigint = apportionWeights(10 as never, [1, 1]);
    expect(Result.isFailure(notBigint) && notBigint.failure._tag).toBe("InvalidAmount");
  });

  test.prop([totalArb, weightsArb])("equals the oracle on both the number and the bigint paths", (total, weights) => {
    const split = Result.getOrThrow(apportionWeights(total, weights));
    expect(asBigInts(split)).toEqual(referenceHamilton(total, weights));
  });

  test.prop([
    fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 300 }),
    fc.boolean(),
  ])(
    "both bigint paths equal the oracle: by reduction (weights up to 2^26) and throughout (weights above)",
    (total, small, huge) => {
      // few distinct weights, so that ties are many; scaled past 2^26 in the second case
      const weights = small.map((w) => (huge ? w * 2 ** 40 + w : w));
      fc.pre(weights.some((w) => w > 0));
      const split = Result.getOrThrow(apportionWeights(total, weights));
      expect(asBigInts(split)).toEqual(referenceHamilton(total, weights));
    },
  );

  test.prop([fc.bigInt({ min: 2n ** 53n, max: 2n ** 90n }), weightsArb])(
    "totals above 2^53 take the bigint path and add up",
    (total, weights) => {
      const split = Result.getOrThrow(apportionWeights(total, weights));
      expect(split.exactAs).toBe("bigint");
      expect(asBigInts(split).reduce((sum, units) => sum + units, 0n)).toBe(total);
    },
  );

  test.prop([
    fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }),
  ])("small totals and weights take the number path", (total, weights) => {
    fc.pre(weights.some((w) => w > 0));
    const split = Result.getOrThrow(apportionWeights(total, weights));
    expect(split.exactAs).toBe("number");
    expect(asBigInts(split)).toEqual(referenceHamilton(total, weights));
  });

  test.prop([
    fc.array(fc.constantFrom(1, 2, 3, 4), { minLength: 100, maxLength: 600 }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
  ])("many equal remainders (the radix refinement and the tie stage) match the oracle", (weights, total) => {
    expect(
      differences(asBigInts(Result.getOrThrow(apportionWeights(total, weights))), referenceHamilton(total, weights)),
    ).toEqual([]);
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 257, maxLength: 1_500 }),
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  ])("more than 256 weights (the typed-array path, remainders recomputed) match the oracle", (weights, total) => {
    fc.pre(weights.some((w) => w > 0));
    const split = Result.getOrThrow(apportionWeights(total, Float64Array.from(weights)));
    expect(split.exactAs).toBe("number");
    expect(differences(asBigInts(split), referenceHamilton(total, weights))).toEqual([]);
  });

  test.prop([fc.anything(), fc.anything()])("every error is returned, never thrown", (total, weights) => {
    expect(() => apportionWeights(total as never, (Array.isArray(weights) ? weights : []) as never)).not.toThrow();
  });
});

describe("apportionWeights on hostile input", () => {
  it("reports an object whose conversion to a number throws instead of throwing (found by seed -338367435)", () => {
    const result = apportionWeights(5n, [{ toString: false }] as never);
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) expect(result.failure._tag).toBe("InvalidParticipants");
  });
});
