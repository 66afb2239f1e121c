import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import type { Inspection } from "../compliance/Inspection";
import { InspectionSchema } from "../compliance/InspectionSchema";

/**
 * The boundary of a compliance inspection (the input of `unsms compliance score`): decodes
 * unknown input with {@link InspectionSchema} into an {@link Inspection} for
 * `scoreCompliance` — or a `DecodeError` listing every problem of shape.
 *
 * @example
 * ```ts
 * import { readInspection } from "@unsms/risk/schema"
 * import { scoreCompliance } from "@unsms/risk"
 * import * as Result from "effect/Result"
 *
 * const input: unknown = { location: "Headquarters", standard: "H-MOSS", situation: { system: "phases", phase: "none" }, findings: [] }
 * const report = Result.getOrThrow(Result.flatMap(readInspection(input), (inspection) => scoreCompliance(inspection)))
 * console.log(report.overall.required, report.overall.met) // 9 0
 * ```
 *
 * @category boundary
 * @since 0.2.0
 */
export const readInspection = (input: unknown): Result.Result<Inspection, DecodeError> =>
  decode(InspectionSchema, input);
