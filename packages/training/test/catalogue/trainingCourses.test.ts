import { describe, expect, it } from "vitest";
import * as Result from "effect/Result";
import { decode } from "@unsms/core/schema";
import { servingSecurityAdvisers, trainingCourses } from "@unsms/training";
import { CatalogueSchema } from "@unsms/training/schema";

describe("trainingCourses (A/61/531 ¶22, ¶28 (g), ¶50)", () => {
  const byId = new Map(trainingCourses.map((course) => [course.id, course]));

  it("gives the report's lengths: 3-week induction, 3-week certification, 2-week refresher", () => {
    expect(byId.get("chief-security-adviser-induction")?.lengthWeeks).toBe(3);
    expect(byId.get("security-adviser-certification")?.lengthWeeks).toBe(3);
    expect(byId.get("security-adviser-refresher")?.lengthWeeks).toBe(2);
    expect(byId.get("security-adviser-certification")?.requiredBefore).toBe("signing the contract");
  });

  it("cites the report for every course, and says where validity is an assumption", () => {
    for (const course of trainingCourses) {
      expect(course.source.document).toBe("A/61/531");
      expect(course.source.location).toMatch(/^¶(22|28|50)/);
      expect(course.validForMonths).toBeNull();
      expect(course.validitySource.note).toContain("our assumption");
    }
  });

  it("names about 120 serving advisers (¶22 (iii))", () => {
    expect(servingSecurityAdvisers.value).toBe(120);
  });

  it("is a valid catalogue: distinct ids, refreshers that exist", () => {
    expect(Result.isSuccess(decode(CatalogueSchema, trainingCourses))).toBe(true);
    expect(new Set(trainingCourses.map((course) => course.id)).size).toBe(trainingCourses.length);
    const twice = decode(CatalogueSchema, [...trainingCourses, trainingCourses[0]]);
    expect(Result.isFailure(twice) && twice.failure.issues[0]?.path).toBe(`$[${trainingCourses.length}].id`);
  });
});
