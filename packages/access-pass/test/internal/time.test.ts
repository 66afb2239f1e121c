import { fc, test } from "@fast-check/vitest";
import { parseInstant } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { signPassToken, signRevocationList } from "@unsms/access-pass/node";
import { isoSeconds, toIsoSecond } from "../../src/internal/time";
import { keyPair, storedPass } from "../support/fixtures";

test.prop([fc.integer({ min: -62_135_596_800_000, max: Date.UTC(9999, 11, 31, 23, 59, 59) })])(
  "toIsoSecond agrees with toISOString to the second",
  (ms) => {
    expect(toIsoSecond(ms)).toBe(`${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`);
  },
);

test.prop([fc.integer({ min: 0, max: 253_402_300_799 }), fc.integer({ min: 0, max: 999 })])(
  "isoSeconds reads what toIsoSecond writes, and any ISO text",
  (seconds, ms) => {
    expect(isoSeconds(toIsoSecond(seconds * 1000))).toBe(seconds);
    expect(isoSeconds(new Date(seconds * 1000 + ms).toISOString())).toBe(seconds);
  },
);

describe("isoSeconds reads exactly what core's parseInstant reads", () => {
  const office = keyPair();
  const pass = storedPass();

  it("an impossible date in the stored form is no instant, never a rolled-over one", () => {
    for (const text of [
      "2006-02-30T12:00:00Z",
      "2006-13-45T99:99:99Z",
      "20O6-O6-30T12:00:00Z",
      "2006-06-31T00:00:00Z",
      "2006-06-30T24:00:00Z",
      "2006-06-30T12:60:00Z",
      "2006-06-30T12:00:60Z",
      "2006-00-10T12:00:00Z",
      "2006-06-00T12:00:00Z",
      "2006/06/30T12:00:00Z",
    ])
      expect(isoSeconds(text)).toBeNaN();
    expect(isoSeconds("2004-02-29T12:00:00Z")).toBe(Date.UTC(2004, 1, 29, 12) / 1000);
    expect(isoSeconds("2006-06-30t12:00:00z")).toBe(Date.UTC(2006, 5, 30, 12) / 1000);
  });

  it("so signPassToken and signRevocationList give no token for one", () => {
    expect(signPassToken({ ...pass, validUntil: "2006-06-31T12:00:00Z" }, office.signing)).toBe("");
    expect(signPassToken({ ...pass, validFrom: "2006-02-30T12:00:00Z" }, office.signing)).toBe("");
    expect(signRevocationList({ issuedAt: "2006-13-45T99:99:99Z", passIds: [] }, office.signing)).toBe("");
    expect(signRevocationList({ issuedAt: "20O6-O6-30T12:00:00Z", passIds: [] }, office.signing)).toBe("");
  });

  // 20-character texts near the stored form: fields in range or any two digits, any character anywhere
  const field = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }));
  const near = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      // mostly in range (a real instant), else any two digits
      fields: fc.tuple(field(12), field(31), field(23), field(59), field(59)),
      changes: fc.array(fc.tuple(fc.nat(19), fc.constantFrom("O", "t", "z", " ", "/", "+", "-", ":", "9", "\u0660")), {
        maxLength: 2,
      }),
    })
    .map(({ year, fields: [month, day, hour, minute, second], changes }) => {
      const two = (n: number) => String(n).padStart(2, "0");
      const chars = [
        ...`${String(year).padStart(4, "0")}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`,
      ];
      for (const [at, char] of changes) chars[at] = char;
      return chars.join("");
    });

  test.prop([fc.oneof(near, fc.string({ minLength: 20, maxLength: 20 }))])(
    "isoSeconds(text) is parseInstant's instant in whole seconds, NaN when parseInstant refuses the text",
    (text) => {
      const parsed = parseInstant(text);
      const expected = Result.isSuccess(parsed) ? Math.floor(parsed.success.getTime() / 1000) : Number.NaN;
      expect(isoSeconds(text)).toBe(expected);
    },
  );
});
