import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/index";

describe("describeValue", () => {
  it("describes each kind of value", () => {
    expect(describeValue("Nairobi")).toBe('"Nairobi"');
    expect(describeValue(-4)).toBe("-4");
    expect(describeValue(false)).toBe("false");
    expect(describeValue(12n)).toBe("12n");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("nothing (missing)");
    expect(describeValue([1])).toBe("an array of 1 item");
    expect(describeValue([1, 2])).toBe("an array of 2 items");
    expect(describeValue({ id: "WFP" })).toBe("an object");
    expect(describeValue(Symbol("x"))).toBe("a symbol");
    expect(describeValue(() => 1)).toBe("a function");
  });
  it("cuts a long string and gives its length", () => {
    expect(describeValue("x".repeat(1_000_000))).toBe(`"${"x".repeat(59)}…" (1000000 characters)`);
  });
  it("describes a revoked proxy without throwing", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe("an unreadable object (a revoked proxy?)");
  });
  it("describes a Date as any object (describeDate tells its instant)", () => {
    expect(describeValue(new Date(0))).toBe("an object");
  });
  test.prop([fc.string({ maxLength: 58 })])("a short string is its JSON text", (text) => {
    fc.pre(JSON.stringify(text).length <= 60);
    expect(describeValue(text)).toBe(JSON.stringify(text));
  });
  test.prop([fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true })])(
    "describes anything in a short text",
    (value) => {
      const text = describeValue(value);
      expect(text.length).toBeLessThanOrEqual(100);
    },
  );
});
