import { describe, expect, it } from "vitest";
import {
  securityAdviserCertification,
  securityAdviserRefresher,
  securityOfficerStandards,
  trainingCourses,
} from "@unsms/training";

describe("the courses' citations", () => {
  it("cites the security officers' training standards to ¶28's closing sentence, not ¶28 (g)", () => {
    // ¶28 (g) is the continuing specialized training of security and safety personnel; the
    // training standards and programmes for UN security officers are in the sentence after (h)
    expect(securityOfficerStandards.source).toMatchObject({ document: "A/61/531", location: "¶28, closing sentence" });
    expect(trainingCourses.filter((course) => course.source.location.startsWith("¶28 (g)"))).toEqual([]);
  });

  it("marks the refresher's renewal of the certification as our reading, and keeps the report's citations", () => {
    // ¶22 (iii) gives the two-week refresher for about 120 serving advisers, and no link to
    // the certification of ¶22 (ii)
    expect(securityAdviserCertification.renewedBy).toEqual([securityAdviserRefresher.id]);
    expect(securityAdviserCertification.source).toEqual({
      document: "A/61/531",
      location: "¶22 (ii)",
      note: "renewedBy is our reading",
    });
    expect(securityAdviserRefresher.source).toMatchObject({ document: "A/61/531", location: "¶22 (iii)" });
  });

  it("marks a renewal as our reading wherever a course names one", () => {
    for (const course of trainingCourses.filter((c) => c.renewedBy.length > 0))
      expect(course.source.note, course.id).toContain("renewedBy is our reading");
  });
});
