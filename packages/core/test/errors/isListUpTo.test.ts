import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isListUpTo } from "../../src/index";

/** A sparse array with no item and a `length` of 2^32 − 1, the largest an array can claim. */
const sparse = (): Array<unknown> => {
  const list: Array<unknown> = [];
  list.length = 2 ** 32 - 1;
  return list;
};

describe("isListUpTo", () => {
  it("is a real array of at most max items", () => {
    expect(isListUpTo([], 0)).toBe(true);
    expect(isListUpTo(["Nairobi", "Geneva"], 2)).toBe(true);
    expect(isListUpTo(["Nairobi", "Geneva"], 3)).toBe(true);
    expect(isListUpTo(["Nairobi", "Geneva"], 1)).toBe(false);
    expect(isListUpTo([1, 2, 3], Infinity)).toBe(true);
    expect(isListUpTo([1], -1)).toBe(false);
  });

  it("is no list for what is not a real array", () => {
    expect(isListUpTo(undefined, 10)).toBe(false);
    expect(isListUpTo(null, 10)).toBe(false);
    expect(isListUpTo("ab", 10)).toBe(false);
    expect(isListUpTo({ length: 2 }, 10)).toBe(false);
    expect(isListUpTo({ 0: "a", length: 1 }, 10)).toBe(false);
    expect(isListUpTo(new Uint8Array(2), 10)).toBe(false);
    expect(isListUpTo(new Set([1]), 10)).toBe(false);
  });

  it("refuses a sparse array claiming 2^32 - 1 items at once", () => {
    expect(isListUpTo(sparse(), 1_000_000)).toBe(false);
    expect(isListUpTo(sparse(), 2 ** 32 - 1)).toBe(true);
  });

  it("refuses every value for a max that is not a number, without converting it", () => {
    // compared, a sparse array of 2^32 - 1 would be joined into 4 billion commas
    expect(isListUpTo([], sparse() as never)).toBe(false);
    expect(isListUpTo([1], "5" as never)).toBe(false);
    expect(isListUpTo([1], 5n as never)).toBe(false);
    expect(isListUpTo([], undefined as never)).toBe(false);
    expect(isListUpTo([], null as never)).toBe(false);
    expect(
      isListUpTo([], {
        valueOf: () => {
          throw new Error("touched");
        },
      } as never),
    ).toBe(false);
    expect(isListUpTo([], Number.NaN)).toBe(false);
    expect(isListUpTo([1, 2], Number.NaN)).toBe(false);
  });

  it("never throws on a value that cannot be read", () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(isListUpTo(revoked.proxy, 10)).toBe(false);
    const throwing = new Proxy([1], {
      get: () => {
        throw new Error("touched");
      },
    });
    expect(isListUpTo(throwing, 10)).toBe(false);
    // a proxy of an array whose `length` is not a number: never compared
    const lengthObject = {
      valueOf: (): number => {
        throw new Error("touched");
      },
    };
    const lying = new Proxy([1], {
      get: (target, key): unknown => (key === "length" ? lengthObject : Reflect.get(target, key)),
    });
    expect(isListUpTo(lying, 10)).toBe(false);
  });

  test.prop([fc.array(fc.anything(), { maxLength: 20 }), fc.integer({ min: -2, max: 25 })])(
    "a real array is a list exactly when its length is at most max",
    (list, max) => {
      expect(isListUpTo(list, max)).toBe(list.length <= max);
    },
  );

  test.prop([fc.array(fc.constant(0), { maxLength: 5 }), fc.double()])(
    "the law holds for any number max, NaN and infinities included",
    (list, max) => {
      expect(isListUpTo(list, max)).toBe(list.length <= max);
    },
  );

  test.prop([
    fc
      .anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true })
      .filter((value) => !Array.isArray(value)),
    fc.double(),
  ])("anything that is not an array is no list, whatever max", (value, max) => {
    expect(isListUpTo(value, max)).toBe(false);
  });
});
