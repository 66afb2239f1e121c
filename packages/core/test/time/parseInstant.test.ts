import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/time/parseInstant";

const ok = (text: string) => Result.getOrThrow(parseInstant(text)).toISOString();
const refused = (text: unknown) => Result.isFailure(parseInstant(text as string));

describe("parseInstant", () => {
  it("reads RFC 3339 with an offset, the same under any TZ", () => {
    expect(ok("2006-06-30T12:00:00Z")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30T14:00:00+02:00")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30T07:30:00-04:30")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30t12:00:00.1234z")).toBe("2006-06-30T12:00:00.123Z");
    expect(ok("0001-01-01T00:00:00Z")).toBe("0001-01-01T00:00:00.000Z");
    expect(ok("0000-01-01T00:00:00+01:00")).toBe("-000001-12-31T23:00:00.000Z");
    expect(ok("2008-02-29T00:00:00Z")).toBe("2008-02-29T00:00:00.000Z");
  });
  it("refuses text without an offset, impossible dates and anything but a string", () => {
    for (const text of [
      "2006-06-30T12:00:00",
      "2006-06-30",
      "2006-06-30 12:00:00Z",
      "2007-02-30T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2006-13-01T00:00:00Z",
      "2006-00-10T00:00:00Z",
      "2006-06-00T00:00:00Z",
      "2006-06-30T24:00:00Z",
      "2006-06-30T12:60:00Z",
      "2006-12-31T23:59:60Z",
      "2006-06-30T12:00:00+24:00",
      "2006-06-30T12:00:00+02:60",
      "+02006-06-30T12:00:00Z",
      " 2006-06-30T12:00:00Z",
      "2006-06-30T12:00:00Z\n",
      "",
      "1151668800000",
    ])
      expect(refused(text), text).toBe(true);
    for (const value of [undefined, null, 0, new Date(0), {}]) expect(refused(value)).toBe(true);
  });
  it("names the path and quotes only a short excerpt", () => {
    const result = parseInstant("x".repeat(1000), "--at");
    if (Result.isSuccess(result)) throw new Error("accepted");
    expect(result.failure.path).toBe("--at");
    expect(result.failure.received.length).toBeLessThan(50);
  });
  test.prop([
    fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }),
  ])("round-trips every instant of years 0000–9999 written as toISOString", (date) => {
    expect(Result.getOrThrow(parseInstant(date.toISOString())).getTime()).toBe(date.getTime());
  });
  test.prop([
    fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9000-12-31T00:00:00Z"), noInvalidDate: true }),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
  ])("an offset names the same instant as Z", (date, offset) => {
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    expect(Result.getOrThrow(parseInstant(text)).getTime()).toBe(date.getTime());
  });
  test.prop([fc.anything()])("never throws", (value) => {
    expect(() => parseInstant(value as string)).not.toThrow();
  });
});

describe("parseInstant of a value that is not a text", () => {
  it.each([
    [42, "42"],
    [null, "null"],
    [undefined, "nothing (missing)"],
  ])("%s is described by describeValue", (value, received) => {
    const result = parseInstant(value as never);
    expect(Result.isFailure(result) && result.failure.received).toBe(received);
  });
});
