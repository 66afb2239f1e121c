import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/time/parseInstant";
import { decode, InstantSchema, toJsonSchema } from "../../src/schema";

/** Texts that look like instants, and some that nearly do: both sides must agree on each. */
const instantLike = fc.oneof(
  fc
    .date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom("Z", "z", "+02:00", "-04:30", "+24:00", "", "+0200"),
    )
    .map(
      ([year, month, day, hour, minute, second, offset]) =>
        `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:${String(second).padStart(2, "0")}${offset}`,
    ),
  fc.string(),
);

describe("InstantSchema", () => {
  it("reads an instant with an offset into the Date parseInstant gives", () => {
    const read = Result.getOrThrow(decode(InstantSchema, "2006-06-30T14:00:00+02:00"));
    expect(read).toBeInstanceOf(Date);
    expect(read.toISOString()).toBe("2006-06-30T12:00:00.000Z");
  });

  it("refuses impossible dates, a missing offset and anything but a string, with parseInstant's words", () => {
    for (const input of [
      "2007-02-30T00:00:00Z",
      "2006-06-30T12:00:00",
      "2006-06-30T24:00:00Z",
      "9999-12-31T23:59:59-23:59",
      "0000-01-01T00:00:00+23:59",
      1151668800000,
      null,
    ]) {
      const result = decode(InstantSchema, input);
      expect(Result.isFailure(result), String(input)).toBe(true);
    }
    const result = decode(InstantSchema, "2007-02-30T00:00:00Z");
    if (Result.isSuccess(result)) throw new Error("accepted");
    const refusal = parseInstant("2007-02-30T00:00:00Z");
    if (Result.isSuccess(refusal)) throw new Error("accepted");
    expect(result.failure.issues[0]?.expected).toBe(refusal.failure.expected);
  });

  it("is a string in JSON Schema", () => {
    expect(toJsonSchema(InstantSchema)).toMatchObject({ type: "string" });
  });

  test.prop([instantLike])("agrees with parseInstant on every text: same verdict, same instant", (text) => {
    const schema = decode(InstantSchema, text);
    const parsed = parseInstant(text);
    expect(Result.isSuccess(schema)).toBe(Result.isSuccess(parsed));
    if (Result.isSuccess(schema) && Result.isSuccess(parsed))
      expect(schema.success.getTime()).toBe(parsed.success.getTime());
  });
});
