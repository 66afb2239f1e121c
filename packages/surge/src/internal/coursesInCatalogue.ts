import { trainingCourses } from "@unsms/training";
import { describeAllowed } from "@unsms/core";
import type { ReportIssue } from "@unsms/core/schema";

/**
 * A refinement that refuses a need's course the input's catalogue does not have
 * (`catalogue`, else `trainingCourses`): an issue at
 * `["request", "needs", i, "courses", j]` listing the catalogue's course ids. Linear (one
 * `Set`).
 *
 * @internal
 */
export const coursesInCatalogue = <
  T extends {
    readonly request: { readonly needs: ReadonlyArray<{ readonly courses: ReadonlyArray<string> }> };
    readonly catalogue?: ReadonlyArray<{ readonly id: string }> | undefined;
  },
>(
  value: T,
  report: ReportIssue,
): void => {
  const known = new Set((value.catalogue ?? trainingCourses).map((course) => course.id));
  // the courses described only for an issue, and then once
  let expected: string | undefined;
  value.request.needs.forEach((need, index) =>
    need.courses.forEach((course, at) => {
      if (!known.has(course))
        report(["request", "needs", index, "courses", at], course, (expected ??= describeAllowed([...known])));
    }),
  );
};
