import { boundedRefinement, InstantSchema, PersonIdSchema } from "@unsms/core/schema";
import * as z from "zod";
import { CatalogueSchema } from "../course/CourseSchema";
import { appointmentRequirements } from "../check/appointmentRequirements";
import { knownRoles } from "../internal/knownRoles";
import { MAX_COMPLETED } from "../internal/limits";

/**
 * Schema of a completed course as JSON: `{"course": id, "on": RFC 3339 date-time}`; the
 * date is read with core's `parseInstant` into a `Date`.
 *
 * @example
 * ```ts
 * import { CompletedCourseSchema } from "@unsms/training/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const done = Result.getOrThrow(decode(CompletedCourseSchema, { course: "undac-support", on: "2006-05-12T17:00:00+03:00" }))
 * console.log(done.on.toISOString()) // "2006-05-12T14:00:00.000Z"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const CompletedCourseSchema = z.strictObject({
  course: z.string().min(1).max(128),
  on: InstantSchema,
});

/**
 * Schema of a person's `TrainingRecord`: the person's id and at most 1 000 completions.
 *
 * @example
 * ```ts
 * import { TrainingRecordSchema } from "@unsms/training/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decode(TrainingRecordSchema, { person: "sam", completed: [{ course: "security-adviser-certification", on: "2006-02-30T00:00:00Z" }] })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path, result.failure.issues[0]?.expected) // "$.completed[0].on" "a real calendar date"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const TrainingRecordSchema = z.strictObject({
  person: PersonIdSchema,
  completed: z.array(CompletedCourseSchema).max(MAX_COMPLETED),
});

/**
 * Schema of a list of training records, one per person: at most 100 000, and a person
 * listed again is refused at that record's `person` ("a person not listed before"). The
 * training check's `records` and an arrangement's training records (`@unsms/accountability`)
 * are read by it.
 *
 * @example
 * ```ts
 * import { TrainingRecordsSchema } from "@unsms/training/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const twice = decode(TrainingRecordsSchema, [{ person: "sam", completed: [] }, { person: "sam", completed: [] }])
 * if (Result.isFailure(twice)) console.log(twice.failure.issues[0]?.path) // "$[1].person"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const TrainingRecordsSchema = z
  .array(TrainingRecordSchema)
  .max(100_000)
  .superRefine(
    boundedRefinement((records: ReadonlyArray<{ readonly person: string }>, report) => {
      const seen = new Set<string>();
      records.forEach((record, index) => {
        if (seen.has(record.person)) report([index, "person"], record.person, "a person not listed before");
        seen.add(record.person);
      });
    }),
  );

/**
 * Schema of the input of `unsms training check` (`unsms schema training-check`): the
 * training records (at most 100 000 people, each once), the role to check them for
 * (default `chief-security-adviser`; one that `appointmentRequirements` names, so that a
 * misspelt role is refused here, at `$.role`, rather than judged), and optionally the
 * agency's own catalogue.
 *
 * @example
 * ```ts
 * import { TrainingCheckSchema } from "@unsms/training/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const result = decode(TrainingCheckSchema, { records: [{ person: "sam", completed: [] }, { person: "sam", completed: [] }] })
 * if (Result.isFailure(result)) console.log(result.failure.issues[0]?.path) // "$.records[1].person"
 * const typo = decode(TrainingCheckSchema, { role: "chief-security-advisor", records: [] })
 * if (Result.isFailure(typo)) console.log(typo.failure.issues[0]?.path, typo.failure.issues[0]?.expected) // "$.role" "one of \"chief-security-adviser\", \"security-adviser\""
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const TrainingCheckSchema = z
  .strictObject({
    role: z.string().min(1).max(128).optional(),
    records: TrainingRecordsSchema,
    catalogue: CatalogueSchema.optional(),
  })
  .superRefine((input, context) => {
    const known = knownRoles(appointmentRequirements);
    if (input.role !== undefined && !known.roles.includes(input.role))
      context.addIssue({ code: "custom", path: ["role"], input: input.role, message: known.expected });
  });
