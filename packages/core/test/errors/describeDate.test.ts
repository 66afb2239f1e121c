import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeDate, describeValue } from "../../src/index";

describe("describeDate", () => {
  it("describes a Date by its ISO text, an invalid one as such", () => {
    expect(describeDate(new Date(Date.UTC(2006, 5, 30, 12)))).toBe("a Date (2006-06-30T12:00:00.000Z)");
    expect(describeDate(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeDate(new Date(8.64e15))).toBe("a Date (+275760-09-13T00:00:00.000Z)");
    expect(describeDate(new Date(-8.64e15))).toBe("a Date (-271821-04-20T00:00:00.000Z)");
    expect(describeDate(new Date(8.64e15 + 1))).toBe("an invalid Date");
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
    expect(describeDate(new Throwing(0))).toBe("a Date (1970-01-01T00:00:00.000Z)");
    // Date.prototype in the chain without a time value is not a Date
    expect(describeDate(Object.create(Date.prototype))).toBe("an object");
    const throwingTraps = new Proxy(new Date(0), {
      get() {
        throw new Error("boom");
      },
      getPrototypeOf() {
        throw new Error("boom");
      },
    });
    expect(describeDate(throwingTraps)).toBe("an object");
    expect(describeDate(new Proxy(new Date(0), {}))).toBe("an object");
    const { proxy, revoke } = Proxy.revocable(new Date(0), {});
    revoke();
    expect(describeDate(proxy)).toBe("an unreadable object (a revoked proxy?)");
  });
  test.prop([fc.date({ noInvalidDate: false })])("a Date is its ISO text, or invalid", (date) => {
    const time = date.getTime();
    expect(describeDate(date)).toBe(Number.isNaN(time) ? "an invalid Date" : `a Date (${date.toISOString()})`);
  });
  test.prop([fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true })])(
    "anything that is not a Date is described as describeValue describes it",
    (value) => {
      fc.pre(!(value instanceof Date));
      expect(describeDate(value)).toBe(describeValue(value));
    },
  );
});
