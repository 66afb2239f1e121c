import * as z from "zod";
import { MAX_COVERAGE_OFFICERS } from "./MAX_COVERAGE_OFFICERS";
import { MAX_COVERAGE_POSITIONS } from "./MAX_COVERAGE_POSITIONS";
import { CoveragePolicySchema } from "./CoveragePolicySchema";

/**
 * Schema of the input of `unsms staffing coverage`: the contract and relief factor of a
 * `CoveragePolicy` (without the shift length), the posts held round the clock, the
 * officers on the roster (default: none, to see the need alone) and the shift lengths to
 * compare (default 12 and 8 hours, ¶38), each a divisor of 24 as a policy's `shiftHours`
 * (a 5 is refused at its place, `$.shiftLengths[1]`).
 *
 * @example
 * ```ts
 * import { CoverageRequestSchema } from "@unsms/staffing/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const request = decode(CoverageRequestSchema, { weeklyContractHours: 40, reliefFactor: "1/5", positions: 10, officers: 53 })
 * console.log(Result.isSuccess(request)) // true
 * ```
 *
 * @category coverage
 * @since 0.1.0
 */
export const CoverageRequestSchema = z.strictObject({
  description: z.string().optional(),
  weeklyContractHours: CoveragePolicySchema.shape.weeklyContractHours,
  reliefFactor: CoveragePolicySchema.shape.reliefFactor,
  positions: z.number().int().min(0).max(MAX_COVERAGE_POSITIONS),
  officers: z.number().int().min(0).max(MAX_COVERAGE_OFFICERS).optional(),
  shiftLengths: z.array(CoveragePolicySchema.shape.shiftHours).min(1).max(24).optional(),
});
