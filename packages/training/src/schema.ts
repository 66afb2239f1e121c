/**
 * The boundary of `@unsms/training`: zod schemas of courses, catalogues and training
 * records as JSON, dates read with core's `parseInstant`. Kept apart from
 * `@unsms/training` so that code which only checks records never loads zod.
 *
 * @packageDocumentation
 */
export * from "./course/CourseSchema";
export * from "./record/TrainingRecordSchema";
