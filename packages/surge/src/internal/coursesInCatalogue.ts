import { trainingCourses } from "@unsms/training";
import type * as z from "zod";

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
  context: z.RefinementCtx<T>,
): void => {
  const known = new Set((value.catalogue ?? trainingCourses).map((course) => course.id));
  // listed only for an issue, and then once
  let ids: Array<string> | undefined;
  value.request.needs.forEach((need, index) =>
    need.courses.forEach((course, at) => {
      if (!known.has(course))
        context.addIssue({
          code: "invalid_value",
          values: (ids ??= [...known]),
          path: ["request", "needs", index, "courses", at],
          input: course,
          message: "a course of the catalogue",
        });
    }),
  );
};
