import { boundedRefinement, CitationSchema } from "@unsms/core/schema";
import * as z from "zod";
import { MAX_CATALOGUE, MAX_RENEWED_BY, MAX_VALID_FOR_MONTHS } from "../internal/limits";

const CourseIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "a course id: lower-case letters, digits and hyphens" });

/**
 * Schema of a `Course` of an agency's catalogue, as JSON.
 *
 * @example
 * ```ts
 * import { CourseSchema } from "@unsms/training/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const course = decode(CourseSchema, {
 *   id: "security-adviser-certification", name: "Security adviser certification", kind: "certification",
 *   lengthWeeks: 3, requiredOf: "every security adviser candidate", requiredBefore: "signing the contract",
 *   validForMonths: 36, renewedBy: ["security-adviser-refresher"],
 *   source: { document: "A/61/531", location: "¶22 (ii)" },
 *   validitySource: { document: "Agency training policy", location: "§4", year: 2024 },
 * })
 * console.log(Result.isSuccess(course)) // true
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const CourseSchema = z.strictObject({
  id: CourseIdSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(["awareness", "induction", "certification", "refresher", "specialized", "standard"]),
  lengthWeeks: z.number().int().min(1).max(520).nullable(),
  requiredOf: z.string().max(500),
  requiredBefore: z.string().max(500).nullable(),
  validForMonths: z.number().int().min(1).max(MAX_VALID_FOR_MONTHS).nullable(),
  renewedBy: z.array(CourseIdSchema).max(MAX_RENEWED_BY),
  source: CitationSchema,
  validitySource: CitationSchema,
});

/**
 * Schema of a course catalogue: at most 1 000 courses with distinct ids, each course's
 * `renewedBy` naming courses of the catalogue.
 *
 * @example
 * ```ts
 * import { CatalogueSchema } from "@unsms/training/schema"
 * import { trainingCourses } from "@unsms/training"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * console.log(Result.isSuccess(decode(CatalogueSchema, trainingCourses))) // true
 * const broken = decode(CatalogueSchema, trainingCourses.filter((course) => course.kind !== "refresher"))
 * if (Result.isFailure(broken)) console.log(broken.failure.issues[0]?.path) // "$[3].renewedBy[0]"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const CatalogueSchema = z
  .array(CourseSchema)
  .max(MAX_CATALOGUE)
  .superRefine(
    boundedRefinement(
      (courses: ReadonlyArray<{ readonly id: string; readonly renewedBy: ReadonlyArray<string> }>, report) => {
        const ids = new Set<string>();
        courses.forEach((course, index) => {
          if (ids.has(course.id)) report([index, "id"], course.id, "an id not used by an earlier course");
          ids.add(course.id);
        });
        courses.forEach((course, index) =>
          course.renewedBy.forEach((id, at) => {
            if (!ids.has(id)) report([index, "renewedBy", at], id, "the id of a course of the catalogue");
          }),
        );
      },
    ),
  );
