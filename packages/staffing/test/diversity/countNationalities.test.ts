import { fc, test } from "@fast-check/vitest";
import type { DutyStationId, PostId, UnitId } from "@unsms/core";
import { describe, expect, it } from "vitest";
import { countNationalities, type Post } from "@unsms/staffing";

const post = (index: number, nationality: string | undefined, vacant = false): Post => ({
  id: `P${index}` as PostId,
  grade: "P-3",
  unit: "FSO" as UnitId,
  dutyStation: "Nairobi" as DutyStationId,
  funding: "cost-shared",
  status: "established",
  incumbent: vacant ? null : nationality === undefined ? {} : { nationality },
});

describe("countNationalities", () => {
  it("counts distinct recorded nationalities, ignoring case, blanks, vacancies and unrecorded ones", () => {
    expect(
      countNationalities([
        post(0, "KE"),
        post(1, " ke "),
        post(2, "CL"),
        post(3, undefined),
        post(4, "FR", true),
        post(5, "  "),
      ]),
    ).toBe(2);
    expect(countNationalities([])).toBe(0);
  });

  test.prop([
    fc.array(fc.option(fc.constantFrom("KE", "ke", "CL", "FR", "IN", "in"), { nil: undefined }), { maxLength: 30 }),
  ])("never more than the incumbents with a nationality, and the same in any order", (nationalities) => {
    const posts = nationalities.map((nationality, index) => post(index, nationality));
    const count = countNationalities(posts);
    expect(count).toBeLessThanOrEqual(nationalities.filter((nationality) => nationality !== undefined).length);
    expect(countNationalities([...posts].reverse())).toBe(count);
    expect(count).toBe(
      new Set(nationalities.flatMap((nationality) => (nationality === undefined ? [] : [nationality.toUpperCase()])))
        .size,
    );
  });
});
