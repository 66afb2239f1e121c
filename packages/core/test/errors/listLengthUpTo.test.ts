import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { countingReads } from "../../../../tools/vitest/countingReads";
import { isListUpTo, listLengthUpTo } from "../../src/index";

/** A proxy of `target` whose `length` answers `length`. */
const withLength = (target: Array<unknown>, length: unknown): Array<unknown> =>
  new Proxy(target, { get: (array, key): unknown => (key === "length" ? length : Reflect.get(array, key)) });

describe("listLengthUpTo", () => {
  it("is the length of a real array of at most max items, else -1", () => {
    expect(listLengthUpTo([], 0)).toBe(0);
    expect(listLengthUpTo(["Nairobi", "Geneva"], 2)).toBe(2);
    expect(listLengthUpTo(["Nairobi", "Geneva"], 1)).toBe(-1);
    expect(listLengthUpTo({ length: 2 }, 10)).toBe(-1);
    expect(listLengthUpTo("ab", 10)).toBe(-1);
    expect(listLengthUpTo(new Uint8Array(2), 10)).toBe(-1);
    expect(listLengthUpTo(null, 10)).toBe(-1);
  });

  it("reads the length once", () => {
    const { proxy, reads } = countingReads(["lobby", "car park"]);
    expect(listLengthUpTo(proxy, 5)).toBe(2);
    expect(reads()).toEqual({ length: 1 });
  });

  it("gives -1 for a proxy's length that is not a number from 0 to max", () => {
    expect(listLengthUpTo(withLength([1], -1), 10)).toBe(-1);
    expect(listLengthUpTo(withLength([1], Number.NaN), 10)).toBe(-1);
    expect(listLengthUpTo(withLength([1], "1"), 10)).toBe(-1);
    expect(listLengthUpTo(withLength([1], 11), 10)).toBe(-1);
    expect(listLengthUpTo(withLength([1], 3), 10)).toBe(3);
    // isListUpTo says the same
    expect(isListUpTo(withLength([1], -1), 10)).toBe(false);
    expect(isListUpTo(withLength([1], Number.NaN), 10)).toBe(false);
  });

  it("gives -1 for a max that is not a number, without converting it, and never throws", () => {
    const touched = {
      valueOf: (): number => {
        throw new Error("touched");
      },
    };
    expect(listLengthUpTo([], touched as never)).toBe(-1);
    expect(listLengthUpTo([], "5" as never)).toBe(-1);
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(listLengthUpTo(revoked.proxy, 10)).toBe(-1);
    expect(listLengthUpTo(withLength([1], touched), 10)).toBe(-1);
  });

  test.prop([fc.array(fc.anything(), { maxLength: 20 }), fc.double()])(
    "a real array's length when it is at most max, else -1",
    (list, max) => {
      expect(listLengthUpTo(list, max)).toBe(list.length <= max ? list.length : -1);
    },
  );

  test.prop([fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), fc.double()])(
    "isListUpTo says a list exactly where listLengthUpTo gives a length",
    (value, max) => {
      expect(isListUpTo(value, max)).toBe(listLengthUpTo(value, max) >= 0);
    },
  );
});
