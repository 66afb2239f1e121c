import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { toNfc } from "../../src/internal/toNfc";

describe("toNfc", () => {
  it("leaves every character below U+0300, and every pair of them, as NFC does (the fast path's premise)", () => {
    const changed: Array<string> = [];
    for (let a = 0; a < 0x300; a++) {
      const one = String.fromCharCode(a);
      if (one.normalize("NFC") !== one) changed.push(one);
      for (let b = 0; b < 0x300; b++) {
        const two = one + String.fromCharCode(b);
        if (two.normalize("NFC") !== two) changed.push(two);
      }
    }
    expect(changed).toEqual([]);
  });

  it("normalizes from the first combining mark on: U+0300 is where a pair starts to compose", () => {
    expect("e\u0300".normalize("NFC")).toBe("\u00E8");
    expect(toNfc("e\u0300")).toBe("\u00E8");
    expect(toNfc("Cafe\u0301")).toBe("Caf\u00E9");
    expect(toNfc("\u212B")).toBe("\u00C5");
    expect(toNfc("\u1100\u1161")).toBe("\uAC00");
    expect(toNfc("C\u00F4te d'Ivoire")).toBe("C\u00F4te d'Ivoire");
  });

  it("returns the very string when nothing can change", () => {
    const text = "AGENCY-00001";
    expect(Object.is(toNfc(text), text)).toBe(true);
  });

  test.prop([fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }))])(
    "is normalize('NFC') on every string",
    (text) => {
      expect(toNfc(text)).toBe(text.normalize("NFC"));
    },
  );
});
