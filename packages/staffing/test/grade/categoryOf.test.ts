import { describe, expect, test } from "vitest";
import { categories, categoryOf, grades } from "@unsms/staffing";

describe("categoryOf", () => {
  test("places every grade of the chart in its category", () => {
    expect(grades.map(categoryOf)).toEqual([
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "professional-and-higher",
      "general-service",
      "general-service",
      "local-level",
      "security-service",
    ]);
  });

  test("grades run from USG down to SS, each category used", () => {
    expect(grades[0]).toBe("USG");
    expect(grades.at(-1)).toBe("SS");
    expect(new Set(grades.map(categoryOf))).toEqual(new Set(categories));
  });
});
