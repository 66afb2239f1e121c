import { TrainingRecordsSchema } from "@unsms/training/schema";
import { InstantSchema } from "@unsms/core/schema";
import * as z from "zod";

/**
 * Schema of the training part of an arrangement (see {@link @unsms/accountability!index.ArrangementTraining | ArrangementTraining}): the
 * instant the arrangement is checked at, an RFC 3339 date-time read with core's
 * `parseInstant`, and the training records of the people (`@unsms/training`).
 *
 * @example
 * ```ts
 * import { ArrangementTrainingSchema } from "@unsms/accountability/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const training = decode(ArrangementTrainingSchema, { asOf: "2006-07-01T00:00:00Z", records: [{ person: "sam", completed: [] }] })
 * console.log(Result.isSuccess(training)) // true
 * ```
 *
 * @category arrangement
 * @since 0.2.0
 */
export const ArrangementTrainingSchema = z.strictObject({
  asOf: InstantSchema,
  // one record per person, as training's own check takes them
  records: TrainingRecordsSchema,
});
