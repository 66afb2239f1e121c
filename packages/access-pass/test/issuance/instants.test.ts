import { fc, test } from "@fast-check/vitest";
import { parseInstant } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { PassRegisterSchema, PassRequestSchema, PassSchema } from "@unsms/access-pass/schema";
import { sampleFile, storedPass } from "../support/fixtures";

describe("JSON date-times go through core's parseInstant", () => {
  it("a request's validFrom/validUntil must be a real instant with an offset", () => {
    const request = JSON.parse(sampleFile("visitor")) as Record<string, unknown>;
    expect(Result.isSuccess(decode(PassRequestSchema, { ...request, validFrom: "2006-06-30T14:00:00+02:00" }))).toBe(
      true,
    );
    for (const bad of ["2007-02-30T00:00:00Z", "2006-02-29T00:00:00Z", "2006-06-30T12:00:00", "2006-06-31T00:00:00Z"]) {
      expect(Result.isFailure(decode(PassRequestSchema, { ...request, validFrom: bad }))).toBe(true);
    }
  });

  it("a register's dates too", () => {
    const pass = storedPass();
    expect(
      Result.isSuccess(decode(PassRegisterSchema, [{ pass, status: "active", changedAt: "2006-06-30T12:00:00Z" }])),
    ).toBe(true);
    expect(
      Result.isFailure(
        decode(PassRegisterSchema, [
          {
            pass: { ...pass, validUntil: "2007-02-30T12:00:00Z" },
            status: "active",
            changedAt: "2006-06-30T12:00:00Z",
          },
        ]),
      ),
    ).toBe(true);
  });

  it("what core's parseInstant reads is read: lowercase t and z (RFC 3339 §5.6), as a CLI's --at", () => {
    const request = JSON.parse(sampleFile("visitor")) as Record<string, unknown>;
    for (const text of ["2006-06-30t12:00:00z", "2006-06-30T12:00:00.5Z", "2006-06-30T12:00:00-04:00"]) {
      expect(Result.isSuccess(parseInstant(text))).toBe(true);
      const decoded = decode(PassRequestSchema, { ...request, validFrom: text });
      expect(Result.isSuccess(decoded) && decoded.success.validFrom).toBe(text);
    }
  });

  const nearInstant = fc
    .tuple(
      fc.constantFrom("T", "t", " "),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom("", ".5", ".123456789", ".1234567891", "."),
      fc.constantFrom("Z", "z", "+02:00", "-00:00", "+24:00", "+0200", ""),
    )
    .map(
      ([t, second, fraction, offset]) => `2006-06-30${t}12:00:${String(second).padStart(2, "0")}${fraction}${offset}`,
    );

  test.prop([fc.oneof(nearInstant, fc.string({ maxLength: 30 }))])(
    "a request's date-time is accepted exactly when parseInstant reads it",
    (text) => {
      const request = JSON.parse(sampleFile("visitor")) as Record<string, unknown>;
      expect(Result.isSuccess(decode(PassRequestSchema, { ...request, validUntil: text }))).toBe(
        Result.isSuccess(parseInstant(text)),
      );
    },
  );

  it("a pass's dates are written in the stored form, to the whole second", () => {
    const decoded = Result.getOrThrow(
      decode(PassSchema, {
        ...storedPass(),
        issuedAt: "2006-06-30t12:00:00z",
        validFrom: "2006-06-30T14:00:00+02:00",
        validUntil: "2006-07-01T12:00:00.000Z",
      }),
    );
    expect([decoded.issuedAt, decoded.validFrom, decoded.validUntil]).toEqual([
      "2006-06-30T12:00:00Z",
      "2006-06-30T12:00:00Z",
      "2006-07-01T12:00:00Z",
    ]);
    for (const validUntil of ["2006-07-01T12:00:00.5Z", "9999-12-31T23:59:59-01:00", "2006-07-01T12:00:00"])
      expect(Result.isFailure(decode(PassSchema, { ...storedPass(), validUntil }))).toBe(true);
  });
});
