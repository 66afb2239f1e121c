import type { DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import type * as Result from "effect/Result";
import type { CoverageRequest } from "../coverage/CoverageRequest";
import { CoverageRequestSchema } from "../coverage/CoverageRequestSchema";

/**
 * The boundary of a coverage request (the input of `unsms staffing coverage`): decodes
 * unknown input with {@link CoverageRequestSchema} into a {@link CoverageRequest} for
 * `compareShiftLengths`; or a `DecodeError` listing every problem of shape.
 *
 * @example
 * ```ts
 * import { readCoverageRequest } from "@unsms/staffing/schema"
 * import { compareShiftLengths } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const rows = Result.flatMap(readCoverageRequest({ weeklyContractHours: 40, reliefFactor: "0.2", positions: 1 }), (request) =>
 *   compareShiftLengths(request, request.positions, request.officers ?? 0, request.shiftLengths),
 * )
 * console.log(Result.getOrThrow(rows).map((row) => row.need.officersNeeded)) // [6, 6]
 * ```
 *
 * @category boundary
 * @since 0.2.0
 */
export const readCoverageRequest = (input: unknown): Result.Result<CoverageRequest, DecodeError> =>
  decode(CoverageRequestSchema, input);
