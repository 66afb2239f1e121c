import type { TrainingRecord } from "@unsms/training";

/**
 * The training records an arrangement carries so that its check can judge certification
 * (A/61/531 ¶22 (ii)): the instant of the check and the people's records. Without it the
 * certification rule is not judged; with it, a chief security adviser whose record does not
 * show the security adviser certification at `asOf` is a violation
 * (`chief-security-adviser-not-certified`).
 *
 * @example
 * ```ts
 * import type { ArrangementTraining } from "@unsms/accountability"
 *
 * const training: ArrangementTraining = {
 *   asOf: new Date("2006-07-01T00:00:00Z"),
 *   records: [{ person: "sam", completed: [{ course: "security-adviser-certification", on: new Date("2006-03-24T14:00:00Z") }] }],
 * }
 * console.log(training.records.length) // 1
 * ```
 *
 * @category arrangement
 * @since 0.2.0
 */
export interface ArrangementTraining {
  /** The instant certification is judged at. */
  readonly asOf: Date;
  /** The people's training records (one per person; people without one have completed nothing). */
  readonly records: ReadonlyArray<TrainingRecord>;
}
