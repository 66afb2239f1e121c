import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode } from "@unsms/core/schema";
import { MAX_COVERAGE_OFFICERS, weeklyOvertime } from "@unsms/staffing";
import { crisisCentreStaffing } from "@unsms/surge";
import { CrisisCentreSchema } from "@unsms/surge/schema";
import { readExample } from "../support/readExample";

describe("crisisCentreStaffing (¶48, ¶51 (a), ¶56 (d))", () => {
  const centre = Result.getOrThrow(decode(CrisisCentreSchema, readExample("crisis-centre.json")));

  it("counts the centre as staffing counts any 24/7 post", () => {
    const staffing = Result.getOrThrow(crisisCentreStaffing(centre));
    expect(staffing.officers).toBe(7);
    expect(staffing.coverage).toEqual(Result.getOrThrow(weeklyOvertime(centre.policy, 2, 7)));
    expect(staffing.coverage.need.officersNeeded).toBe(11);
    expect(staffing.coverage.overtimeHoursPerWeek.exact).toBe("112");
  });

  it("with 12-hour shifts more officers are needed for the same desks (¶38's comparison)", () => {
    const twelve = Result.getOrThrow(crisisCentreStaffing({ ...centre, policy: { ...centre.policy, shiftHours: 12 } }));
    expect(twelve.coverage.need.officersNeeded).toBe(12);
  });

  it("bad input is a failure, never an exception", () => {
    const negative = crisisCentreStaffing({ ...centre, contributors: [{ organization: "DSS", officers: -1 }] });
    expect(Result.isFailure(negative) && negative.failure.path).toBe("$.contributors[0].officers");
    expect(Result.isFailure(crisisCentreStaffing(null as never))).toBe(true);
    const badShift = crisisCentreStaffing({ ...centre, policy: { ...centre.policy, shiftHours: 7 } });
    expect(Result.isFailure(badShift) && badShift.failure._tag).toBe("InvalidCoveragePolicy");
  });

  const failure = (result: ReturnType<typeof crisisCentreStaffing>) =>
    Result.isFailure(result) ? { tag: result.failure._tag, path: result.failure.path } : "success";
  const refused = (path: string) => ({ tag: "InvalidSurgeInput", path });
  const withContributors = (contributors: unknown) => crisisCentreStaffing({ ...centre, contributors } as never);
  const staff = (count: number, officers = 1) =>
    Array.from({ length: count }, (_, i) => ({ organization: `org-${i}`, officers }));

  it("contributors that are not a list are refused at $.contributors, never counted as no officers", () => {
    for (const contributors of [{ DSS: 7 }, undefined, null, "DSS", 7, new Map([["DSS", 7]])])
      expect(failure(withContributors(contributors))).toEqual(refused("$.contributors"));
    const { contributors: _, ...missing } = centre;
    expect(failure(crisisCentreStaffing(missing as never))).toEqual(refused("$.contributors"));
  });

  it("at most 1 000 contributors, the schema's limit, checked on the length", () => {
    expect(Result.getOrThrow(withContributors(staff(1000))).officers).toBe(1000);
    expect(failure(withContributors(staff(1001)))).toEqual(refused("$.contributors"));
    const huge = new Array<unknown>(2 ** 32 - 1);
    expect(failure(withContributors(huge))).toEqual(refused("$.contributors"));
  });

  it("each contributor's officers are a whole number from 0 to 1 000 000, refused at their path", () => {
    expect(Result.getOrThrow(withContributors(staff(1, 1_000_000))).officers).toBe(1_000_000);
    expect(failure(withContributors(staff(2, 1_000_001)))).toEqual(refused("$.contributors[0].officers"));
    const overflow = [
      { organization: "A", officers: 2 ** 53 - 1 },
      { organization: "B", officers: 2 },
    ];
    expect(failure(withContributors(overflow))).toEqual(refused("$.contributors[0].officers"));
    for (const officers of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "7", 7n, undefined])
      expect(
        failure(
          withContributors([
            { organization: "DSS", officers: 4 },
            { organization: "DPKO", officers },
          ]),
        ),
      ).toEqual(refused("$.contributors[1].officers"));
  });

  it("contributors whose officers add up to more than staffing counts are refused at $.contributors, as the schema refuses them", () => {
    expect(MAX_COVERAGE_OFFICERS).toBe(10_000_000);
    // the most staffing counts adds up exactly
    const most = Result.getOrThrow(withContributors(staff(10, 1_000_000)));
    expect(most.officers).toBe(10_000_000);
    expect(most.coverage.officers).toBe(10_000_000);
    expect(Result.getOrThrow(withContributors([...staff(9, 1_000_000), ...staff(1000 - 9, 0)])).officers).toBe(
      9_000_000,
    );
    for (const contributors of [
      staff(11, 1_000_000),
      [...staff(10, 1_000_000), ...staff(1, 1)],
      staff(1000, 1_000_000),
    ]) {
      const result = withContributors(contributors);
      // never staffing's error at $.policy.officers, a path the centre does not have
      expect(failure(result)).toEqual(refused("$.contributors"));
      expect(Result.isFailure(result) && result.failure.expected).toBe(
        "contributors whose officers add up to at most 10000000",
      );
      const decoded = decode(CrisisCentreSchema, { ...centre, contributors });
      expect(Result.isFailure(decoded) && decoded.failure.issues.map((issue) => [issue.path, issue.expected])).toEqual([
        ["$.contributors", "contributors whose officers add up to at most 10000000"],
      ]);
    }
  });

  it("contributors are counted within the length checked: a contributor whose getter adds 2 000 more adds none", () => {
    const contributors: Array<{ organization: string; officers: number }> = [];
    contributors.push(
      Object.defineProperty({ organization: "DSS", officers: 0 }, "officers", {
        get: () => {
          // past the limit of 1 000 contributors, once the list's length was checked
          for (let k = 0; k < 2_000; k += 1) contributors.push({ organization: `extra-${k}`, officers: 1 });
          return 3;
        },
        enumerable: true,
      }),
    );
    const staffing = crisisCentreStaffing({ ...centre, contributors });
    expect(Result.isSuccess(staffing) && staffing.success.officers).toBe(3);
  });

  it("a contributor that is not an object is refused at its own path", () => {
    for (const contributor of [null, undefined, 7, "DSS"])
      expect(failure(withContributors([{ organization: "DSS", officers: 4 }, contributor]))).toEqual(
        refused("$.contributors[1]"),
      );
    expect(failure(withContributors(new Array(3)))).toEqual(refused("$.contributors[0]"));
  });

  it("at most 1 000 000 desks, the schema's limit, refused at $.positions", () => {
    expect(Result.getOrThrow(crisisCentreStaffing({ ...centre, positions: 1_000_000 })).coverage.need.positions).toBe(
      1_000_000,
    );
    for (const positions of [1_000_001, -1, 2.5, Number.NaN, "2"])
      expect(failure(crisisCentreStaffing({ ...centre, positions } as never))).toEqual(refused("$.positions"));
  });

  it("a centre that is not an object is refused at $; a policy staffing refuses, at the field's path in the centre", () => {
    for (const value of [null, undefined, 7, "centre"])
      expect(failure(crisisCentreStaffing(value as never))).toEqual(refused("$"));
    const badShift = crisisCentreStaffing({ ...centre, policy: { ...centre.policy, shiftHours: 7 } });
    expect(failure(badShift)).toEqual({ tag: "InvalidCoveragePolicy", path: "$.policy.shiftHours" });
    expect(Result.isFailure(badShift) && badShift.failure.message).toMatch(/^\$\.policy\.shiftHours: expected /);
    const badRelief = crisisCentreStaffing({ ...centre, policy: { ...centre.policy, reliefFactor: "1" } });
    expect(failure(badRelief)).toEqual({ tag: "InvalidCoveragePolicy", path: "$.policy.reliefFactor" });
  });

  // around the limits: the function refuses exactly what the schema refuses
  const count = (max: number) => fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: max - 2, max: max + 2 }));
  test.prop(
    [
      count(1_000_000),
      fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 998, max: 1002 })),
      fc.array(fc.oneof(count(1_000_000), fc.constant(-1)), { minLength: 1, maxLength: 3 }),
    ],
    { numRuns: 200 },
  )("succeeds exactly when CrisisCentreSchema decodes the centre", (positions, length, officers) => {
    const contributors = Array.from({ length }, (_, i) => ({
      organization: `org-${i}`,
      officers: officers[i % officers.length]!,
    }));
    const json = { positions, policy: centre.policy, contributors };
    const decoded = decode(CrisisCentreSchema, json);
    const result = crisisCentreStaffing(json);
    expect(Result.isSuccess(result)).toBe(Result.isSuccess(decoded));
    if (Result.isSuccess(result))
      expect(result.success.officers).toBe(contributors.reduce((sum, c) => sum + c.officers, 0));
  });
});
