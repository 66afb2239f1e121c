/**
 * One completed course: the course's id and when it was completed.
 *
 * @example
 * ```ts
 * import type { CompletedCourse } from "@unsms/training"
 *
 * const done: CompletedCourse = { course: "security-adviser-certification", on: new Date("2006-03-24T17:00:00Z") }
 * console.log(done.on.toISOString()) // "2006-03-24T17:00:00.000Z"
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export interface CompletedCourse {
  /** The course's id in the catalogue. */
  readonly course: string;
  /** When it was completed. */
  readonly on: Date;
}

/**
 * A person's training record: every course completed, with its date. Read one from JSON
 * with `readTrainingRecords` (`@unsms/training/schema`), which parses dates with core's
 * `parseInstant`.
 *
 * @example
 * ```ts
 * import { isCertified, type TrainingRecord } from "@unsms/training"
 *
 * const sam: TrainingRecord = {
 *   person: "sam",
 *   completed: [{ course: "security-adviser-certification", on: new Date("2006-03-24T17:00:00Z") }],
 * }
 * console.log(isCertified(sam, new Date("2006-07-01T00:00:00Z"))) // true
 * ```
 *
 * @category records
 * @since 0.2.0
 */
export interface TrainingRecord {
  /** The person's id. */
  readonly person: string;
  /** The courses completed, in any order. */
  readonly completed: ReadonlyArray<CompletedCourse>;
}
