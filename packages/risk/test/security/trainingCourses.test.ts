import { describe, expect, it } from "vitest";
import { TRAINING_RULES, mayTravel } from "@unsms/risk";
import { advancedSecurityInTheField, trainingCourses } from "@unsms/training";

describe("TRAINING_RULES use @unsms/training's course definitions", () => {
  it("every rule names a course of the training catalogue, with that course's source", () => {
    const byName = new Map(trainingCourses.map((course) => [course.name, course]));
    for (const rule of TRAINING_RULES) {
      const course = byName.get(rule.course);
      expect(course, rule.course).toBeDefined();
      if (rule.appliesWhen.kind === "levels") {
        // our reading of ¶22 for the later levels: the course's paragraph, with a note saying so
        expect([rule.source.document, rule.source.location]).toEqual([
          course?.source.document,
          course?.source.location,
        ]);
        expect(rule.source.note).toContain("our reading");
      } else expect(rule.source).toBe(course?.source);
    }
  });

  it("a traveller who completed the catalogue's Advanced course (and Basic) may travel under phase III", () => {
    const completed = trainingCourses.filter((course) => course.kind === "awareness").map((course) => course.name);
    expect(completed).toContain(advancedSecurityInTheField.name);
    expect(mayTravel({ situation: { system: "phases", phase: "III" }, completed }).allowed).toBe(true);
  });
});
