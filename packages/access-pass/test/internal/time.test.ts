import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { toIsoSecond } from "../../src/internal/time";
import { isoSeconds } from "../../src/internal/time";

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
