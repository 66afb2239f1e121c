import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as Training from "@unsms/training";
import { testZodFreeEntries } from "../../../tools/vitest/zodFreeEntries";
import { oneImportApp } from "../../../tools/vitest/oneImportApp";

testZodFreeEntries(fileURLToPath(new URL("..", import.meta.url)));

describe("the main entry keeps nothing at module scope that a bundler cannot drop", () => {
  const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

  it("an app that imports the entry and uses none of it keeps no code of it", async () => {
    expect(await oneImportApp(entry)).toBe("");
  });

  // every course exported by name: an app of one keeps that course, and no other
  const courses = Object.entries(Training).filter(([, value]) =>
    Training.trainingCourses.some((course) => course === value),
  ) as ReadonlyArray<readonly [string, Training.Course]>;

  it("exports every course of the catalogue by name", () => {
    expect(courses).toHaveLength(Training.trainingCourses.length);
  });

  it.each(courses)("an app of %s keeps that course alone, not the catalogue", async (name, course) => {
    const app = await oneImportApp(entry, name);
    // a course object, minified, starts `{id:"…"`; ids named elsewhere (`renewedBy`) are not courses
    expect(app).toContain(`{id:"${course.id}"`);
    for (const other of Training.trainingCourses.filter((c) => c !== course))
      expect(app).not.toContain(`{id:"${other.id}"`);
    expect(app).not.toContain("import");
  });
});
