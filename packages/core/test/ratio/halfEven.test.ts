import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ceiling, floor, halfEven, halfUp } from "../../src/index";

const integer = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const positive = fc.bigInt({ min: 1n, max: 10n ** 30n });
/** n / d exactly halfway between two integers: (2k + 1)·m over 2m, ties that random terms seldom draw. */
const tie = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }))
  .map(([k, m]) => [(2n * k + 1n) * m, 2n * m] as const);
/** The rational n / d (d > 0) rounded half to even, from the floor and the remainder in [0, d). */
const referenceHalfEven = (n: bigint, d: bigint): bigint => {
  const q = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const twice = 2n * (n - q * d);
  if (twice !== d) return twice > d ? q + 1n : q;
  return q % 2n === 0n ? q : q + 1n;
};

describe("halfEven", () => {
  it("rounds a half to the even neighbour, either sign", () => {
    expect([1n, 3n, 5n, 7n, -1n, -3n, -5n, -7n].map((n) => halfEven(n, 2n))).toEqual([
      0n,
      2n,
      2n,
      4n,
      0n,
      -2n,
      -2n,
      -4n,
    ]);
    expect([halfEven(7n, 4n), halfEven(-7n, 4n), halfEven(5n, 4n), halfEven(-5n, 4n)]).toEqual([2n, -2n, 1n, -1n]);
  });
  test.prop([fc.oneof(fc.tuple(integer, positive), tie)])(
    "is the exact rational rounded half to even (BigInt reference)",
    ([n, d]) => {
      expect(halfEven(n, d)).toBe(referenceHalfEven(n, d));
    },
  );
  test.prop([tie])("a tie lands on an even integer, within a half of n / d", ([n, d]) => {
    const rounded = halfEven(n, d);
    expect(rounded % 2n).toBe(0n);
    expect(2n * (rounded * d - n)).toBe(rounded * d > n ? d : -d);
  });
  test.prop([fc.oneof(fc.tuple(integer, positive), tie)])("every rounding mode reads n / −d as −n / d", ([n, d]) => {
    for (const mode of [floor, ceiling, halfUp, halfEven]) expect(mode(n, -d)).toBe(mode(-n, d));
  });
});
