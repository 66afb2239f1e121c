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
  it("describes a Date by its ISO text, an invalid one as such", () => {
    expect(describeValue(new Date(Date.UTC(2006, 5, 30, 12)))).toBe("a Date (2006-06-30T12:00:00.000Z)");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeValue(new Date(8.64e15))).toBe("a Date (+275760-09-13T00:00:00.000Z)");
    expect(describeValue(new Date(-8.64e15))).toBe("a Date (-271821-04-20T00:00:00.000Z)");
    expect(describeValue(new Date(8.64e15 + 1))).toBe("an invalid Date");
  });
  it("describes only a real Date as a Date, and never throws", () => {
    class Throwing extends Date {
      override getTime(): number {
        throw new Error("boom");
      }
      override toISOString(): string {
        throw new Error("boom");
      }
    }
    // a subclass is a real Date: Date.prototype's own methods read it, not its overrides
    expect(describeValue(new Throwing(0))).toBe("a Date (1970-01-01T00:00:00.000Z)");
    // Date.prototype in the chain without a time value is not a Date
    expect(describeValue(Object.create(Date.prototype))).toBe("an object");
    const throwingTraps = new Proxy(new Date(0), {
      get() {
        throw new Error("boom");
      },
      getPrototypeOf() {
        throw new Error("boom");
      },
    });
    expect(describeValue(throwingTraps)).toBe("an object");
    expect(describeValue(new Proxy(new Date(0), {}))).toBe("an object");
    const { proxy, revoke } = Proxy.revocable(new Date(0), {});
    revoke();
    expect(describeValue(proxy)).toBe("an unreadable object (a revoked proxy?)");
  });
  test.prop([fc.date({ noInvalidDate: false })])("a Date is its ISO text, or invalid", (date) => {
    const time = date.getTime();
    expect(describeValue(date)).toBe(Number.isNaN(time) ? "an invalid Date" : `a Date (${date.toISOString()})`);
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
