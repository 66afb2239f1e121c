import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { countNationalities, shareOfWomen } from "@unsms/staffing";
import { StaffingTableSchema } from "@unsms/staffing/schema";
import { knownTableArb } from "../support/arbitraries";
import { readExample } from "../support/readExample";

// Generous: under a loaded machine a property run or the first CLI import can take seconds; speed is measured by the benchmarks, not here.

const roster = () => Result.getOrThrow(decode(StaffingTableSchema, readExample("roster.json"))).posts ?? [];

describe("shareOfWomen and countNationalities", () => {
  it("the illustrative roster: by category and grade, and its nationalities", () => {
    expect(shareOfWomen(roster(), "category", 1)).toEqual([
      { key: "professional-and-higher", incumbents: 4, women: 2, share: "50.0" },
      { key: "general-service", incumbents: 1, women: 1, share: "100.0" },
      { key: "security-service", incumbents: 5, women: 1, share: "20.0" },
      { key: "total", incumbents: 10, women: 4, share: "40.0" },
    ]);
    expect(shareOfWomen(roster(), "grade").map((row) => row.key)).toEqual([
      "P-4",
      "P-3",
      "P-2",
      "GS(OL)",
      "SS",
      "total",
    ]);
    expect(countNationalities(roster())).toBe(7);
    expect(shareOfWomen([], "grade")).toEqual([]);
  });

  test.prop([fc.array(fc.oneof(fc.constantFrom("woman", "man", "undisclosed", "other", null), fc.anything()))])(
    'only "woman" and "man" are recorded genders: any other value a JavaScript caller passes is left out, as a missing one is',
    (genders) => {
      const posts = genders.map((gender, k) => ({
        id: `p${k}`,
        grade: "SS",
        unit: "SSS-NY",
        dutyStation: "New York",
        funding: "regular-budget",
        status: "established",
        incumbent: { gender },
      }));
      const total = shareOfWomen(posts as never).at(-1);
      expect(total?.women ?? 0).toBe(genders.filter((gender) => gender === "woman").length);
      expect(total?.incumbents ?? 0).toBe(genders.filter((gender) => gender === "woman" || gender === "man").length);
    },
  );

  it("decimals from 0 to 20: 20 gives twenty decimals, 21 gives no rows", () => {
    const posts = ["woman", "man", "man"].map((gender, k) => ({
      id: `p${k}`,
      grade: "P-3",
      unit: "SSS-NY",
      dutyStation: "New York",
      funding: "regular-budget",
      status: "established",
      incumbent: { gender },
    })) as never;
    expect(shareOfWomen(posts, "category", 20).at(-1)?.share).toBe("33.33333333333333333333");
    expect(shareOfWomen(posts, "category", 21)).toEqual([]);
  });

  test.prop([knownTableArb, fc.constantFrom("category" as const, "grade" as const)])(
    "rows add up to the total and never exceed it",
    ({ posts }, by) => {
      const rows = shareOfWomen(posts, by);
      const total = rows.at(-1);
      if (total === undefined) return;
      const parts = rows.slice(0, -1);
      expect(parts.reduce((sum, row) => sum + row.women, 0)).toBe(total.women);
      expect(parts.reduce((sum, row) => sum + row.incumbents, 0)).toBe(total.incumbents);
      for (const row of rows) expect(row.women).toBeLessThanOrEqual(row.incumbents);
    },
  );
});
